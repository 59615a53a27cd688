"""Coverage of the brief: each concept appears in what participants read in its session."""

from pathlib import Path

from csec.content import Curriculum, read_content_file
from csec.errors import ContentProblem
from csec.participant_text import participant_texts
from csec.settings import PROJECT_ROOT


def coverage_problems(curriculum: Curriculum) -> list[ContentProblem]:
    path: Path = curriculum.settings.content_dir / "coverage.yaml"
    data, problems = read_content_file(path, "coverage")
    if problems:
        return problems
    sessions = {session["id"]: session for session in curriculum.sessions}
    for entry in data["coverage"]:
        session = sessions.get(entry["session"])
        if session is None:
            continue  # a session still to be written
        text = " ".join(text for audience in session["audiences"]
                        for text in participant_texts(curriculum, session, audience)).lower()
        missing = [item["name"] for item in entry["items"]
                   if not any(word.lower() in text for word in item["any_of"])]
        if missing:
            problems.append(ContentProblem(
                PROJECT_ROOT / session["notebook"],
                f"{entry['concept']} not covered for participants: {'; '.join(missing)}",
                location="notebook",
                fix="teach them on a slide or in an activity (words looked for: content/coverage.yaml)"))
    return problems
