"""Exports for the room and for the facilitator: handouts, the guide, slide decks and a room's results."""
