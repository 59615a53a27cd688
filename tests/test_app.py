"""The app's addresses, served in the test process (tests/in_process.py): what they refuse, and how."""

import http.client

import pytest

from tests.in_process import InProcessServer


@pytest.fixture(scope="module")
def app_server(served_folder):
    with InProcessServer(served_folder / "content") as server:
        yield server


def get(port: int, path: str, **headers: str) -> tuple[int, str]:
    """The status and page of a GET for ``path``, as a browser on this computer sends it."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8")
    finally:
        connection.close()


@pytest.mark.parametrize("path", ["/", "/voila/render/index.ipynb", "/voila/render/youth/us/index.ipynb",
                                  "/handouts/professionals/what-is-csec.html", "/guide/facilitator-guide.html",
                                  "/slides/professionals/what-is-csec.html",
                                  "/api/kernels/00000000-0000-0000-0000-000000000000/channels"])
def test_a_request_naming_another_host_is_refused(app_server, path):
    """DNS rebinding: a page on the room's network that points its own name at 127.0.0.1 gets nothing."""
    port = app_server.port
    for host, refused in ((f"rebind.example:{port}", True), (f"127.0.0.1:{port}", False)):
        status, _page = get(port, path, Host=host)
        assert (status == 403) == refused, f"{path} with Host {host}: {status}"


# Addresses no page links: no file named, out of the template or the build folder, a control character.
MALFORMED_ADDRESSES = ["/voila/templates/csec/static/", "/voila/templates/csec/static/..%2f..%2fpyproject.toml",
                       "/voila/templates/csec/static/vendor/%00", "/voila/render/%00", "/voila/render/a%0Ab.ipynb",
                       "/handouts/%00", "/handouts/professionals/no-such-handout.pdf",
                       "/guide/..%2f..%2fpyproject.toml"]


def test_a_malformed_address_gets_the_error_page_and_the_terminal_no_traceback(app_server):
    printed = len(app_server.tracebacks)
    for path in MALFORMED_ADDRESSES:
        status, page = get(app_server.port, path)
        assert status in (400, 404), f"{path}: {status}"
        assert "This page could not be opened" in page and "Back to the list of sessions" in page, path
    assert app_server.tracebacks[printed:] == []
