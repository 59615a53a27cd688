"""What the tests and the benchmark share: the project's own commands run as a facilitator would."""
