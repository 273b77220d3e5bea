"""``validate(instance, schema)``: :func:`jsonschema.validate`, with the schema's own check and its validator made once
per schema rather than on every call.

:func:`jsonschema.validate` checks the schema against its meta-schema and builds a validator each time it is called;
for docs/campaign_answer.schema.json that is about 0.1 s a call, most of a property test's time when each of its
examples validates an answer. Here both happen once for each schema (keyed by its content, so a schema changed in
place is checked again), and an instance is judged exactly as :func:`jsonschema.validate` judges it: the schema's
meta-schema check (``SchemaError``), then the best match of every error (``ValidationError``).
"""

from __future__ import annotations

import json

from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for

_VALIDATORS: dict[str, object] = {}


def validator(schema: dict):
    """The schema's validator, the schema checked against its meta-schema the first time it is asked for."""
    key = json.dumps(schema, sort_keys=True)
    if key not in _VALIDATORS:
        cls = validator_for(schema)
        cls.check_schema(schema)
        _VALIDATORS[key] = cls(schema)
    return _VALIDATORS[key]


def validate(instance, schema: dict) -> None:
    """Raise what ``jsonschema.validate(instance, schema)`` raises, and nothing where it raises nothing."""
    error = best_match(validator(schema).iter_errors(instance))
    if error is not None:
        raise error

