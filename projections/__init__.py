"""Read models folded from the register's events: decisions, follow-ups, plans, traces."""
