"""Board documents other than minutes: operating plans (goals) and annual reports (outcomes)."""
