"""Which of `register serve --processes N`'s workers answers, told from outside as an operator
would (Linux's /proc), so that the site need say nothing of its processes: a kept-alive
connection stays with the worker that accepted it, and /proc names the process holding its end."""

from __future__ import annotations

import http.client
import os
import re
from pathlib import Path


def children_of(pid: int) -> set[int]:
    """The processes whose parent is `pid` (zombies too, until reaped)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # ended while we looked
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    """Whether `pid` is a process that has not ended (a zombie has ended)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


class Connection:
    """One kept-alive connection to the site, with the cookies it was given."""

    def __init__(self, address: str) -> None:
        host, port = re.fullmatch(r"http://([^:]+):(\d+)", address).groups()
        self.port = int(port)
        self.http = http.client.HTTPConnection(host, self.port, timeout=30)
        self.cookies: dict[str, str] = {}
        self.headers: http.client.HTTPMessage | None = None
        """The headers of the latest answer."""

    def request(self, method: str, path: str, body: str | None = None) -> tuple[int, str]:
        headers = {"Connection": "keep-alive"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.http.request(method, path, body=body, headers=headers)
        answer = self.http.getresponse()
        text = answer.read().decode()
        self.headers = answer.headers
        for said in answer.headers.get_all("Set-Cookie") or []:
            name, value = said.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        return answer.status, text

    def get(self, path: str) -> str:
        status, text = self.request("GET", path)
        assert status == 200, (path, status, text[:300])
        return text

    def worker(self, among: set[int]) -> int:
        """The process among `among` holding the server's end of this connection."""
        assert self.http.sock is not None, "ask something first: the connection opens with the first request"
        mine = self.http.sock.getsockname()[1]
        inode = _server_end(self.port, mine)
        for pid in among:
            try:
                fds = list(Path(f"/proc/{pid}/fd").iterdir())
            except OSError:
                continue
            for fd in fds:
                try:
                    if os.readlink(fd) == f"socket:[{inode}]":
                        return pid
                except OSError:
                    continue
        raise AssertionError(f"no process among {among} holds the connection from port {mine}")

    def close(self) -> None:
        self.http.close()


def _server_end(server_port: int, client_port: int) -> str:
    """The inode of the server's socket of the connection between the two loopback ports."""
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote, inode = fields[1], fields[2], fields[9]
        if int(local.split(":")[1], 16) == server_port and int(remote.split(":")[1], 16) == client_port:
            return inode
    raise AssertionError(f"no connection from port {client_port} to {server_port} in /proc/net/tcp")
