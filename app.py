"""alplan dashboard (Streamlit). Widgets and layout only: the maths lives in planner/."""

import streamlit as st

st.set_page_config(page_title="alplan", layout="wide")
st.title("alplan: does active learning pay off for us?")
