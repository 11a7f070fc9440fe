"""The pure domain: ids, values, the meeting aggregate and its events, domain errors."""
