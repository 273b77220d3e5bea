"""Each file of a campaign's folder read by its one reader (planner/campaign/files.py, schema.py): a broken file is
refused in one line naming the file, the row and the column and the mend, before anything is written; the derived
files are rebuilt by `campaign measure`; a question.json that does not read is no question asked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from planner.cli import main
from planner.campaign import files
from planner.campaign.schema import Column, check_table
from planner.campaign.state import CURVE, MEASURED, QUESTION, SOURCE_CURVE, SOURCES

from campaign_fixtures import files_of, sourced_campaign


@pytest.fixture(scope="module")
def measured(tmp_path_factory) -> Path:
    """A random campaign with a source (campaign_fixtures.sourced_campaign), measured, asked `--target 0.9`."""
    camp = sourced_campaign(tmp_path_factory.mktemp("files"), "llm")
    assert main(["campaign", "measure", str(camp)]) == 0
    assert main(["plan", str(camp), "--target", "0.9", "--label-price", "0.1"]) == 0
    return camp


@pytest.fixture
def camp(measured, tmp_path) -> Path:
    shutil.copytree(measured, tmp_path / "camp")
    return tmp_path / "camp"


def _cell(path: Path, column: str, value: str, row: int = -1) -> None:
    """Set ``column`` of data row ``row`` (-1: the last) of the CSV at ``path`` to the text ``value``."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table.loc[table.index[row], column] = value
    table.to_csv(path, index=False)


def _refused(capsys, argv, *phrases) -> str:
    capsys.readouterr()
    assert main([str(a) for a in argv]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    for phrase in phrases:
        assert phrase in err, err
    return err


def test_check_table_names_the_row_as_a_spreadsheet_does_and_converts_the_cells():
    table = pd.DataFrame({"n": ["1", "2", "x"], "s": ["0.5", "", "1"]})
    schema = (Column("n", "whole", 0, 10), Column("s", "score", blank=True))
    with pytest.raises(ValueError, match=r"^t\.csv row 4, column 'n': 'x' is not a whole number from 0 to 10: mend$"):
        check_table(table, Path("t.csv"), schema, "mend")
    ok = check_table(table.iloc[:2], Path("t.csv"), schema, "mend")
    assert ok["n"].tolist() == [1, 2] and ok["s"].iloc[0] == 0.5 and pd.isna(ok["s"].iloc[1])
    with pytest.raises(ValueError, match="has the column 'n' twice"):
        check_table(table.assign(**{"n.1": "1"}), Path("t.csv"), schema, "mend")


@pytest.mark.parametrize("value", ["nan", "1.7", "-0.2", "high", ""])
def test_a_measured_score_that_is_no_score_is_refused_naming_file_row_and_column(camp, capsys, value):
    _cell(camp / MEASURED, "accuracy", value)
    _refused(capsys, ["plan", camp, "--target", "0.9", "--label-price", "0.1"], "measured.csv row 5, column "
             "'accuracy'", "campaign measure")


def test_a_measured_file_without_its_metric_or_with_a_count_in_words_is_refused(camp, capsys):
    _cell(camp / MEASURED, "n_labels", "sixty")
    _refused(capsys, ["campaign", "status", camp], "measured.csv row 5, column 'n_labels': 'sixty'")
    pd.read_csv(camp / CURVE).drop(columns="accuracy").to_csv(camp / MEASURED, index=False)
    _refused(capsys, ["plan", camp, "--target", "0.9", "--label-price", "0.1"], "measured.csv has no column "
             "'accuracy'", "campaign measure")


def test_each_measured_round_keeps_its_confusion_matrix_on_the_test_labels(measured):
    """measured.csv's confusion: square, its counts the round's test labels, its scores the row's (the stop rule's
    macro-F1 and balanced accuracy read it)."""
    from planner.decide.campaign.stop_rule import confusion_score, read_confusion

    rounds = files.read_rounds(measured)
    assert len(rounds) >= 3 and rounds["confusion"].str.len().gt(0).all()
    for _, row in rounds.iterrows():
        c = read_confusion(row["confusion"])
        assert c.shape == (int(row["n_classes"]),) * 2 and c.sum() == row["test_size"]
        for metric in ("accuracy", "macro_f1", "balanced_accuracy"):
            assert confusion_score(c, metric) == pytest.approx(row[metric], abs=1e-12)


@pytest.mark.parametrize("value, says", [("3 1;0", "is not a square matrix"), ("3,1;0,5", "is not text of the form"),
                                         ("999 0;0 1", "test labels, not the row's test_size"),
                                         ("FIRST", "puts the accuracy at")])
def test_a_confusion_matrix_that_does_not_fit_its_row_is_refused_naming_file_row_and_column(camp, capsys, value,
                                                                                        says):
    rounds = pd.read_csv(camp / MEASURED, dtype=str, keep_default_na=False)
    if value == "FIRST":   # another round's matrix: the counts fit, the accuracy does not
        value = rounds["confusion"].iloc[0]
    _cell(camp / MEASURED, "confusion", value)
    before = files_of(camp)
    _refused(capsys, ["plan", camp, "--target", "0.9", "--label-price", "0.1"], "measured.csv row 5, column "
             "'confusion'", says, "campaign measure")
    assert files_of(camp) == before


def test_a_measured_file_without_its_confusion_matrices_reads(camp, capsys):
    """A campaign measured before the matrices were kept: its macro-F1 is weighed as a share until measured again."""
    pd.read_csv(camp / MEASURED).drop(columns="confusion").to_csv(camp / MEASURED, index=False)
    capsys.readouterr()
    assert main(["plan", str(camp), "--target", "0.9", "--metric", "macro_f1", "--label-price", "0.1"]) == 0


@pytest.mark.parametrize("label, says", [("7", "gives '7', none of the classes"), ("", "column 'label' is empty")])
def test_a_source_label_no_human_gave_is_refused_before_measure_writes_anything(camp, capsys, tmp_path, label, says):
    text = (camp / SOURCES).read_text(encoding="utf-8").splitlines()
    text[1] = text[1].replace('"0","llm"', f'"{label}","llm"').replace('"1","llm"', f'"{label}","llm"')
    (camp / SOURCES).write_text("\n".join(text) + "\n", encoding="utf-8")
    before = files_of(camp)
    _refused(capsys, ["campaign", "measure", camp, "--out", tmp_path / "out.csv"], "sources.csv row 2", says)
    assert files_of(camp) == before and not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("column, value", [("round_added", "x"), ("seconds", "-5"), ("round_added", "9")])
def test_a_broken_sources_file_leaves_the_curves_and_the_out_file_unwritten(camp, capsys, tmp_path, column, value):
    _cell(camp / SOURCES, column, value, row=3)
    before = files_of(camp)
    _refused(capsys, ["campaign", "measure", camp, "--out", tmp_path / "out.csv"], f"sources.csv row 5, column "
             f"{column!r}")
    assert files_of(camp) == before and not (tmp_path / "out.csv").exists()


def test_measure_rebuilds_the_derived_files_whatever_state_they_are_in(camp, measured, capsys):
    (camp / MEASURED).write_bytes(b"\x89PNG\x00")
    (camp / CURVE).write_text("garbage\n", encoding="utf-8")
    (camp / SOURCE_CURVE).write_text((measured / SOURCE_CURVE).read_text()[:300], encoding="utf-8")
    _refused(capsys, ["plan", camp, "--target", "0.9", "--label-price", "0.1"], "cannot read measured.csv")
    assert main(["campaign", "measure", str(camp)]) == 0
    for name in (MEASURED, CURVE, SOURCE_CURVE):
        now, was = pd.read_csv(camp / name), pd.read_csv(measured / name)
        pd.testing.assert_frame_equal(now.drop(columns=["train_seconds"]), was.drop(columns=["train_seconds"]))


def test_a_source_curve_cut_short_is_named_by_export(camp, capsys, measured, tmp_path):
    (camp / SOURCE_CURVE).write_text("\n".join((measured / SOURCE_CURVE).read_text().splitlines()[:3]) + "\n")
    out = tmp_path / "train.csv"
    _refused(capsys, ["campaign", "export", camp, "--source", "llm", "--labels", "30", "--out", out],
             "source_curve.csv measured source:llm to 60 ids", "or a file was cut short")
    _cell(camp / SOURCE_CURVE, "n_labels", "many")
    _refused(capsys, ["campaign", "export", camp, "--source", "llm", "--labels", "30", "--out", out],
             "source_curve.csv row 3, column 'n_labels': 'many'", "campaign measure")
    assert not out.exists()


@pytest.mark.parametrize("edit", [lambda q: {**q, "metric": "bogus"}, lambda q: {**q, "target": 1.5},
                                  lambda q: {**q, "confidence": "high"}, lambda q: [q], None])
def test_a_question_that_does_not_read_is_no_question_asked_and_the_answer_says_so(camp, capsys, edit):
    q = json.loads((camp / QUESTION).read_text())
    (camp / QUESTION).write_text("{not json" if edit is None else json.dumps(edit(q)))
    assert files.read_question(camp) is None and files.question_problem(camp)
    capsys.readouterr()
    for step in ("status", "measure"):
        assert main(["campaign", step, str(camp)]) == 0
        out = capsys.readouterr().out
        assert "question.json could not be read (" in out and "treated as no question asked" in out
        assert "no target asked yet" in out


def test_a_folder_in_place_of_a_file_plan_writes_is_refused_before_the_measure_is_written(camp, capsys):
    (camp / QUESTION).unlink()
    (camp / QUESTION).mkdir()
    (camp / MEASURED).write_text(pd.read_csv(camp / MEASURED).iloc[:2].to_csv(index=False))   # stale: re-measured
    before = files_of(camp)
    _refused(capsys, ["plan", camp, "--target", "0.9", "--label-price", "0.1"], "question.json is not a file")
    assert files_of(camp) == before
