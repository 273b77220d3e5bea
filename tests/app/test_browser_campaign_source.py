"""A source's labels uploaded beside a campaign's folder, in a real browser: the page shows the source measured on the
campaign's human test labels and the commands that keep it, and writes nothing to the campaign.

Uses the `streamlit run app.py` server and the Chromium of tests/app/conftest.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from test_browser import open_app, wait_idle

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "planner" / "campaign"))
from campaign_fixtures import files_of, played_campaign  # noqa: E402


pytestmark = pytest.mark.browser


def typed(page, key: str, value: str) -> None:
    box = page.locator(f".st-key-{key} input")
    box.wait_for()
    box.fill(value)
    box.press("Enter")
    wait_idle(page)


def test_a_sources_labels_show_its_accuracy_and_the_commands_that_keep_it(browser, server, tmp_path):
    url, _ = server
    camp, truth = played_campaign(tmp_path, n=200, strategy="random", initial=30, batch_size=5, test_size=40)
    labels = tmp_path / "vendor.csv"
    pd.DataFrame({"id": truth["id"], "label": truth["label"]}).to_csv(labels, index=False)
    before = files_of(camp)
    page = open_app(browser, url)
    page.get_by_text("Your campaign").first.click()
    typed(page, "campaign_folder", str(camp))
    typed(page, "source_name", "vendor-a")
    typed(page, "source_price", "0.02")
    page.locator('.st-key-source_file [data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(labels))
    page.get_by_text(f"alplan campaign measure {camp}").first.wait_for()
    wait_idle(page)
    said = page.get_by_text("alplan campaign measure").first.inner_text()
    assert "source vendor-a ($0.02 a label): 200 labels, 40 of the 40 test ids; accuracy 1.000" in said, said
    assert f"alplan campaign add {camp} vendor.csv --source vendor-a --source-price 0.02" in said, said
    assert page.get_by_test_id("stException").count() == 0
    assert not page.get_by_test_id("stAlertContentError").all_inner_texts()
    assert files_of(camp) == before
    page.close()
