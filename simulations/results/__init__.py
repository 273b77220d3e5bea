"""The curves table out: its schema (the contract with the planner), the SQLite results store, saved scenarios."""
