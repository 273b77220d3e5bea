"""Examples and their labels: proxy data sets and the user's own file (pool + test split), and the labeling oracle."""
