"""A room's Wi-Fi of the tests' own: a network namespace made for the test, with loopback and one made-up
network link, so group-mode tests reach a server on a network address without sending a packet to
this machine's own interfaces or anywhere else.

Inside the block the calling thread is in the namespace, and so is every thread and process it starts
meanwhile (a server, phones answering in threads); a Chromium for the phones enters it through
``chromium_inside``."""

import ctypes
import os
import stat
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOM_ADDRESS = "10.77.0.2"  # the laptop's made-up address on the room's network, only inside the namespace
OTHER_DEVICE_ADDRESS = "10.77.0.3"  # another device on the same network (a script, in the attack tests)
_CLONE_NEWNET = 0x40000000
_libc = ctypes.CDLL(None, use_errno=True)


class NoPrivateNetwork(Exception):
    """This machine cannot make a network namespace for the tests (not root, or no iproute2)."""


@dataclass(frozen=True)
class RoomNetwork:
    name: str
    address: str = ROOM_ADDRESS
    other_device: str = OTHER_DEVICE_ADDRESS

    @property
    def path(self) -> str:
        return f"/run/netns/{self.name}"

    def chromium_inside(self, chromium: str, folder: Path) -> str:
        """An executable that starts ``chromium`` inside the namespace (for Playwright's executable_path)."""
        wrapper = folder / "chromium-in-room-network"
        wrapper.write_text(f'#!/bin/sh\nexec nsenter --net={self.path} -- {chromium} "$@"\n')
        wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
        return str(wrapper)


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True)


def _enter(namespace_file: int) -> None:
    if _libc.setns(namespace_file, _CLONE_NEWNET) != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"setns: {os.strerror(error)}")


@contextmanager
def room_network() -> Iterator[RoomNetwork]:
    """A new network namespace whose only interfaces are loopback and ``wifi0`` at ROOM_ADDRESS (the default
    route: what the server takes for the room's network; its other end, ``room0``, is in the namespace too) and
    OTHER_DEVICE_ADDRESS,
    deleted when the block ends."""
    network = RoomNetwork(f"csec-test-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        _ip("netns", "add", network.name)
    except (OSError, subprocess.CalledProcessError) as error:
        reason = getattr(error, "stderr", None) or str(error)
        raise NoPrivateNetwork(f"cannot make a network namespace for the group-mode tests (run them as root, "
                               f"with iproute2): {reason.strip()}") from None
    home = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
    try:
        for command in (("link", "set", "lo", "up"), ("link", "add", "wifi0", "type", "veth", "peer", "name", "room0"),
                        ("link", "set", "room0", "up"),
                        ("addr", "add", f"{network.address}/24", "dev", "wifi0"),
                        ("addr", "add", f"{network.other_device}/24", "dev", "wifi0"), ("link", "set", "wifi0", "up"),
                        ("route", "add", "default", "dev", "wifi0")):
            _ip("-n", network.name, *command)
        inside = os.open(network.path, os.O_RDONLY)
        try:
            _enter(inside)
        finally:
            os.close(inside)
        try:
            yield network
        finally:
            _enter(home)
    finally:
        os.close(home)
        _ip("netns", "delete", network.name)
