"""`csec serve` refuses clearly, in one line, when it cannot serve."""

import socket
import subprocess
import sys

from tests.command_line import assert_one_clear_line, call_csec


def test_port_already_in_use():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = call_csec("serve", "--port", str(port))
    assert_one_clear_line(result, f"port {port} on 127.0.0.1 is already in use", "--port")


def test_missing_content_folder(tmp_path):
    result = call_csec("serve", "--content", str(tmp_path / "missing"))
    assert_one_clear_line(result, "content folder not found", "--content")


def test_unknown_locale_names_the_ones_available():
    result = call_csec("serve", "--locale", "atlantis")
    assert_one_clear_line(result, "no help resources for locale 'atlantis'", "us")


def test_every_subcommand_has_help():
    for command in (["--help"], ["check", "--help"], ["serve", "--help"], ["build", "--help"], ["export", "--help"],
                    ["export", "handouts", "--help"], ["assets", "--help"]):
        result = call_csec(*command)
        assert result.returncode == 0, command
        assert result.stdout.startswith("usage: csec"), command


def test_unknown_audience_names_the_ones_available():
    result = call_csec("serve", "--audience", "teachers")
    assert_one_clear_line(result, "unknown audience 'teachers'", "professionals, caregivers, hospitality, youth")


def test_the_server_raises_its_open_files_limit_to_what_the_system_allows():
    """A laptop that starts programs with 256 open files (macOS) but allows more: the server takes them."""
    shown = subprocess.run(["prlimit", "--nofile=256:4096", sys.executable, "-c",
                            "import resource; from csec.serve import raise_open_files_limit; "
                            "raise_open_files_limit(); print(*resource.getrlimit(resource.RLIMIT_NOFILE))"],
                           capture_output=True, text=True, check=True)
    assert shown.stdout.split() == ["4096", "4096"]
