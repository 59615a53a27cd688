"""Exports for the room and for the facilitator: handouts (more to come: guide, slides, results)."""
