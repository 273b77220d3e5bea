"""Learners trained on the labeled set: logistic regression, MLP, CNN, and the batched fitters of lockstep runs."""
