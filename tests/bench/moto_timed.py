#!/usr/bin/env python3
"""The patched moto server of tests/moto/launcher.py, with a request-timing wrapper.

    python tests/bench/moto_timed.py --host 127.0.0.1 --port 5055

Every request's handling time (from the WSGI call until its response body is complete) is
recorded with the API action. `GET /zc-bench/timings` returns them as JSON, with the union
of the busy intervals (the time the server was doing anything); `POST /zc-bench/reset`
clears them. tests/bench/deploy-overhead.sh uses this to split a deploy's wall time into
the server's own work and the time spent beyond it.
"""

from __future__ import annotations

import io
import json
import os
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "moto"))

import launcher  # noqa: E402
import moto.server as moto_server  # noqa: E402

_LOCK = threading.Lock()
_TIMINGS: list[tuple[float, float, str]] = []


def _action(environ: dict) -> str:
    """The API action of a request, reading (and restoring) a form body when needed."""
    target = environ.get("HTTP_X_AMZ_TARGET")
    if target:
        return target.split(".")[-1]
    query = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))
    if "Action" in query:
        return query["Action"][0]
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length and "form-urlencoded" in environ.get("CONTENT_TYPE", ""):
        body = environ["wsgi.input"].read(length)
        environ["wsgi.input"] = io.BytesIO(body)
        form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
        if "Action" in form:
            return form["Action"][0]
    return f"{environ.get('REQUEST_METHOD')} {environ.get('PATH_INFO', '')}"


def _busy(timings: list[tuple[float, float, str]]) -> float:
    total, end = 0.0, float("-inf")
    for start, stop, _ in sorted(timings):
        if start > end:
            total += stop - start
            end = stop
        elif stop > end:
            total += stop - end
            end = stop
    return total


def _control(environ: dict, start_response):
    with _LOCK:
        if environ["REQUEST_METHOD"] == "POST":
            _TIMINGS.clear()
            payload = {"reset": True}
        else:
            timings = list(_TIMINGS)
            actions: dict[str, list[float]] = {}
            for start, stop, action in timings:
                actions.setdefault(action, []).append(stop - start)
            payload = {
                "requests": len(timings),
                "handling_sum_s": sum(stop - start for start, stop, _ in timings),
                "busy_union_s": _busy(timings),
                "first_start": min((t[0] for t in timings), default=None),
                "last_stop": max((t[1] for t in timings), default=None),
                "by_action": {a: {"count": len(v), "sum_s": sum(v)} for a, v in sorted(actions.items())},
            }
    data = json.dumps(payload).encode()
    start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return [data]


def timed(app):
    def wrapper(environ, start_response):
        if environ.get("PATH_INFO", "").startswith("/zc-bench/"):
            return _control(environ, start_response)
        start = time.perf_counter()
        action = _action(environ)
        result = app(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        stop = time.perf_counter()
        with _LOCK:
            _TIMINGS.append((start, stop, action))
        return [body]

    return wrapper


_ORIG_RUN_SIMPLE = moto_server.run_simple


def _run_simple(host, port, app, **kwargs):
    return _ORIG_RUN_SIMPLE(host, port, timed(app), **kwargs)


moto_server.run_simple = _run_simple

if __name__ == "__main__":
    launcher.main()
