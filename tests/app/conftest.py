"""Page tests run app.py in this process (Streamlit's AppTest), which leaves it installed as ``__main__``; a worker
process started later (the grid tests' forkserver) would then run the whole page as its main module. Each test
puts the real ``__main__`` back."""

import sys

import pytest


@pytest.fixture(autouse=True)
def _main_module_put_back():
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main
