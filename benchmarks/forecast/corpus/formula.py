"""A small safe evaluator for the formulas the spec table holds, and the generic generators that read them.

A formula is one Python expression over named numpy arrays, e.g. ``where(v1 <= v2, 0, where(after < 0, 1, 2))``.
It is parsed with :mod:`ast` and walked node by node; only numbers, booleans, strings, None, the names given,
``pi``, ``inf``, arithmetic, comparisons (one operator each), ``& | ^ ~ << >> @``, lists, tuples, indexing and calls
of the functions given (:data:`FUNCTIONS`, and in a ``steps`` row the seeded generator's draws) are allowed.
Attribute access, other names and any other call are refused, so text read from a CSV file can never run code. The
walk applies the operators in the expression's own order, so a formula gives the same bits as the same expression
written in Python.
"""

from __future__ import annotations

import ast
import operator
from functools import lru_cache

import numpy as np

from .registry import flip_binary, redraw_among, shape, variant

_NUMPY = ("abs", "all", "angle", "any", "arange", "arccos", "arcsin", "arcsinh", "arctan", "arctan2", "argmax",
          "argmin", "argsort", "array", "bincount", "cbrt", "ceil", "clip", "column_stack", "corrcoef", "cos", "cosh",
          "cov", "cross", "cumsum", "degrees", "diff", "digitize", "dot", "einsum", "exp", "expm1", "eye", "floor",
          "floor_divide", "fmod", "full", "gcd", "geomspace", "gradient", "hstack", "hypot", "indices", "interp",
          "isclose", "isin", "isinf", "linspace", "log", "log10", "log1p", "log2", "logical_and", "logical_not",
          "logical_or", "max", "maximum", "mean", "median", "min", "minimum", "mod", "ones", "outer", "pad",
          "percentile", "power", "prod", "ptp", "quantile", "radians", "repeat", "reshape", "rint", "roll", "round",
          "searchsorted", "select", "shape", "sign", "sin", "sinh", "size", "sort", "sqrt", "square", "stack", "std",
          "sum", "take_along_axis", "tan", "tanh", "tile", "trace", "transpose", "tril", "triu_indices", "unique",
          "var", "where", "zeros", "zeros_like")
#: The functions a formula may call: numpy's of these names, ``norm``, ``svd`` and ``qr`` of ``np.linalg``, ``c_(a, b)``
#: for ``np.c_[a, b]``, ``int64(a)`` / ``float64(a)`` for ``a.astype(...)``, and Python's range, len, int and float.
FUNCTIONS = {name: getattr(np, name) for name in _NUMPY} | {
    "norm": np.linalg.norm, "svd": np.linalg.svd, "qr": np.linalg.qr, "c_": lambda *a: np.c_[a]} | {
    "int64": lambda a: np.asarray(a).astype(np.int64), "float64": lambda a: np.asarray(a).astype(np.float64),
    "range": range, "len": len, "int": int, "float": float}
CONSTANTS = {"pi": np.pi, "inf": np.inf, "bool": bool}
#: The random draws a ``steps`` row may call: the methods of the generator seeded by the row's data seed.
RNG_METHODS = ("uniform", "normal", "standard_normal", "integers", "random", "permutation", "choice", "exponential",
               "poisson", "binomial", "beta", "gamma", "lognormal", "geometric", "standard_exponential", "dirichlet",
               "standard_t", "laplace")
_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
           ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow, ast.BitAnd: operator.and_,
           ast.BitOr: operator.or_, ast.BitXor: operator.xor, ast.MatMult: operator.matmul,
           ast.LShift: operator.lshift, ast.RShift: operator.rshift}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos, ast.Invert: operator.invert}
_COMPARE = {ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge,
            ast.Eq: operator.eq, ast.NotEq: operator.ne}


@lru_cache(maxsize=None)
def parse(text: str) -> ast.expr:
    """The expression ``text`` parsed; a ``SyntaxError`` becomes a ``ValueError`` naming it."""
    try:
        return ast.parse(text, mode="eval").body
    except SyntaxError as e:
        raise ValueError(f"formula {text!r}: not an expression ({e.msg})") from None


def evaluate(text: str, names: dict, functions: dict = FUNCTIONS):
    """The value of formula ``text`` with ``names`` (name -> array or number) bound and ``functions`` callable;
    ``ValueError`` if refused."""
    return _walk(parse(text), names, text, functions)


def _walk(node, names, text, functions=FUNCTIONS):
    def walk(n):
        return _walk(n, names, text, functions)

    def refuse(what):
        raise ValueError(f"formula {text!r}: {what} is not allowed")

    if isinstance(node, ast.Constant):
        if node.value is not None and not isinstance(node.value, (int, float, complex, str)):   # (None: a new axis)
            refuse(f"the constant {node.value!r}")
        return node.value
    if isinstance(node, ast.Name):
        if node.id in names:
            return names[node.id]
        if node.id in CONSTANTS:
            return CONSTANTS[node.id]
        refuse(f"the unknown name {node.id!r}")
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](walk(node.left), walk(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        return _UNARY[type(node.op)](walk(node.operand))
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _COMPARE:
        return _COMPARE[type(node.ops[0])](walk(node.left), walk(node.comparators[0]))
    if isinstance(node, ast.Subscript):   # indexing an array: by numbers, slices, lists or masks
        return walk(node.value)[walk(node.slice)]
    if isinstance(node, ast.Slice):
        return slice(*(None if e is None else walk(e) for e in (node.lower, node.upper, node.step)))
    if isinstance(node, ast.Tuple):
        return tuple(walk(e) for e in node.elts)
    if isinstance(node, ast.List):
        return [walk(e) for e in node.elts]
    if isinstance(node, (ast.ListComp, ast.GeneratorExp)):   # [e for a in it if c ...], its names its own
        return list(_comprehend(node.elt, node.generators, names, text, functions))
    if isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in functions:
            refuse(f"the call {ast.unparse(node.func)}()")
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            refuse("unpacking arguments")
        return functions[node.func.id](*(walk(a) for a in node.args), **{k.arg: walk(k.value) for k in node.keywords})
    refuse(type(node).__name__ if not isinstance(node, ast.Attribute) else f"the attribute .{node.attr}")


def _comprehend(elt, generators, names, text, functions):
    first, rest = generators[0], generators[1:]
    if first.is_async or not isinstance(first.target, (ast.Name, ast.Tuple)):
        raise ValueError(f"formula {text!r}: a comprehension binds names only")
    for value in _walk(first.iter, names, text, functions):
        inner = dict(names)
        _bind(first.target, value, inner, text, functions)
        if all(_walk(c, inner, text, functions) for c in first.ifs):
            if rest:
                yield from _comprehend(elt, rest, inner, text, functions)
            else:
                yield _walk(elt, inner, text, functions)


def bind(target: str, value, names: dict, functions: dict = FUNCTIONS) -> None:
    """Bind ``value`` to ``target``: a name, a part of a named array (``"X[:, :2]"``), or several of them
    (``"a, X[:, 0]"`` unpacks ``value``, left to right)."""
    _bind(parse(target), value, names, target, functions)


def _bind(node, value, names, target, functions):
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        _walk(node.value, names, target, functions)[_walk(node.slice, names, target, functions)] = value
    elif isinstance(node, ast.Tuple):
        for e, v in zip(node.elts, value, strict=True):
            _bind(e, v, names, target, functions)
    elif isinstance(node, ast.Name):
        names[node.id] = value
    else:
        raise ValueError(f"target {target!r}: a name, names or a name's part is allowed")


def run(steps: list, names: dict, functions: dict = FUNCTIONS) -> None:
    """Run ``steps`` in turn: ``[target, formula]`` binds the formula's value (:func:`bind`); ``["for a in
    formula", steps]`` runs the inner steps once per item, ``a`` bound to it."""
    for target, body in steps:
        if target.startswith("for "):
            loop = _loop(target)
            for value in _walk(loop.iter, names, target, functions):
                _bind(loop.target, value, names, target, functions)
                run(body, names, functions)
        else:
            bind(target, evaluate(body, names, functions), names, functions)


@lru_cache(maxsize=None)
def _loop(target: str) -> ast.For:
    """The loop header ``target`` (``for <names> in <formula>``) parsed, never run."""
    try:
        loop = ast.parse(f"{target}: pass").body[0]
    except SyntaxError:
        loop = None
    if not isinstance(loop, ast.For) or loop.orelse:
        raise ValueError(f"step {target!r}: a loop is 'for <names> in <formula>'")
    return loop


def noisy(y, rng, params: dict, names: dict | None = None):
    """``y`` with ``params["noise"]``: ``"flip"`` flips a share ``flip`` of two classes' labels, ``"redraw:K"``
    redraws a share ``flip`` among ``K`` classes (a number, or a name of ``names``); no noise, ``y`` as it is."""
    noise = params.get("noise", "")
    if noise == "flip":
        return flip_binary(y, rng, params)
    if noise.startswith("redraw:"):
        k = noise[7:]
        return redraw_among(y, rng, int(k) if k.isdigit() else int((names or {})[k]), params)
    return y


@shape
def box(n, rng, params):
    """Features on a box, named; a label formula, cut points and label noise, all from ``params``.

    ``n_features`` features uniform on [``low``, ``high``] (default [0, 1]), or standard normal if ``draw`` is
    ``"normal"``, named ``x0, x1, ...``; the first ``len(scale)`` of them times ``scale`` plus ``offset`` (if
    given); the first ``len(features)`` bound to those names; each ``let`` pair ``[name, formula]`` bound in turn;
    the label the formula ``label``, cut at ``cuts`` (``np.digitize``) if given; then :func:`noisy`."""
    d = int(params["n_features"])
    if params.get("draw") == "normal":
        X = rng.standard_normal((n, d))
    else:
        X = rng.uniform(params.get("low", 0.0), params.get("high", 1.0), size=(n, d))
    if "scale" in params:
        m = len(params["scale"])
        X[:, :m] = X[:, :m] * params["scale"] + params["offset"] if "offset" in params else X[:, :m] * params["scale"]
    names = {f"x{j}": X[:, j] for j in range(d)} | dict(zip(params["features"], X[:, : len(params["features"])].T))
    for name, text in params.get("let", ()):
        names[name] = evaluate(text, names)
    y = evaluate(params["label"], names)
    if "cuts" in params:
        y = np.digitize(y, params["cuts"])
    y = np.asarray(y).astype(np.int64)
    return X, noisy(y, rng, params)


@variant
def pick(X, y, which, seed, params):
    """The bundled set's columns ``params["columns"]``; its label the formula ``params["label"]`` (over the set's
    columns ``x0, x1, ...`` and its label ``y``) if given, else its own. ``which`` names the variant only."""
    if "label" in params:
        y = np.asarray(evaluate(params["label"], {f"x{j}": X[:, j] for j in range(X.shape[1])} | {"y": y}))
    return X[:, params["columns"]], y


@variant("formula")
def formula_variant(X, y, which, seed, params):
    """The bundled set's features the formula ``params["features"]`` over its features ``X`` and label ``y`` (and the
    steps ``let`` run in turn as :func:`run` runs them, with the draws of a generator seeded by the row's seed); its
    label the formula ``params["label"]`` if given, else its own. ``which`` names the variant only."""
    functions = FUNCTIONS | {m: getattr(np.random.default_rng(seed), m) for m in RNG_METHODS}
    names = {"X": X, "y": y}
    run(params.get("let", ()), names, functions)
    return evaluate(params["features"], names, functions), evaluate(params.get("label", "y"), names, functions)


@shape
def steps(n, rng, params):
    """A shape written as steps (:func:`run`: a target ``"a, b"`` unpacks, ``"X[:, :2]"`` replaces part of an array,
    ``"for a in formula"`` loops), with ``n`` and the random draws of :data:`RNG_METHODS` callable; then the features
    the formula ``X``, the labels the formula ``y``, and :func:`noisy`."""
    functions = FUNCTIONS | {m: getattr(rng, m) for m in RNG_METHODS}
    names = {"n": n}
    run(params["steps"], names, functions)
    X, y = evaluate(params["X"], names, functions), evaluate(params["y"], names, functions)
    return X, noisy(y, rng, params, names)
