"""A thin Label Studio REST client over httpx.

Why not the official label-studio-sdk: it is a generated client that pins pydantic/httpx
versions of its own and changes with every server release, while we need eight endpoints.
httpx gives connection reuse and timeouts; every failure becomes one AnnotateError line that
never contains the token.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson

from annotate import errors as E
from annotate.errors import AnnotateError

ENV_URL = "LABEL_STUDIO_URL"
ENV_TOKEN = "LABEL_STUDIO_API_KEY"


class LabelStudioError(AnnotateError):
    def __init__(self, error: E.ErrorType, message: str) -> None:
        self.error = error
        super().__init__(f"{error.code} {message}. {error.fix}")


@dataclass(frozen=True)
class Connection:
    url: str
    token: str
    source: str  # "environment" or the local state file, for messages

    def __repr__(self) -> str:  # never show the token
        return f"Connection(url={self.url!r}, source={self.source!r})"


def resolve_connection(home: Path | None = None) -> Connection:
    """LABEL_STUDIO_URL + LABEL_STUDIO_API_KEY from the environment, else the local server's state."""
    url, token = os.environ.get(ENV_URL), os.environ.get(ENV_TOKEN)
    if url or token:
        if not (url and token):
            raise LabelStudioError(E.LS_NOT_CONFIGURED, f"{ENV_URL} and {ENV_TOKEN} must be set together")
        return Connection(url.rstrip("/"), token, "environment")
    from annotate.labelstudio.server import default_home, load_state

    state = load_state(home or default_home())
    if state is None:
        raise LabelStudioError(E.LS_NOT_CONFIGURED, f"{ENV_URL} is not set and no local server was started")
    return Connection(state.url, state.token, "local server")


class Client:
    def __init__(self, connection: Connection, *, timeout: float = 120.0) -> None:
        self.connection = connection
        self._http = httpx.Client(base_url=connection.url, headers={"Authorization": f"Token {connection.token}"}, timeout=httpx.Timeout(timeout, connect=10.0))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            with self._http.stream(method, path, **kwargs) as resp:
                # Joined from the stream rather than resp.read(): httpx keeps a read body on
                # the response, and responses end up in reference cycles that bulk pulls, run
                # with the GC paused, would keep alive page after page (+600 MB at 10k tasks).
                body = b"".join(resp.iter_bytes()) if resp.status_code < 400 else resp.read()
        except httpx.TransportError as exc:
            raise LabelStudioError(E.LS_UNREACHABLE, f"cannot reach Label Studio at {self.connection.url} ({type(exc).__name__})") from None
        if resp.status_code in (401, 403):
            raise LabelStudioError(E.LS_AUTH, f"Label Studio at {self.connection.url} refused the token from the {self.connection.source} (HTTP {resp.status_code})")
        if resp.status_code == 404:
            raise LabelStudioError(E.LS_API, f"{method} {path}: not found (HTTP 404)")
        if resp.status_code >= 400:
            detail = resp.text.replace(self.connection.token, "***")[:300].replace("\n", " ")
            raise LabelStudioError(E.LS_API, f"{method} {path} failed with HTTP {resp.status_code}: {detail}")
        if resp.status_code == 204 or not body:
            return None
        return orjson.loads(body)

    def send_json(self, method: str, path: str, payload: Any, **kwargs: Any) -> Any:
        """request() with the body encoded by orjson (tens of MB per bulk import: ~10x stdlib json).

        The body goes as a file that is closed afterwards: httpx's request objects end up in a
        reference cycle that keeps their body alive until a GC pass, and bulk push runs with
        the GC paused (annotate.gcpause), which kept every batch's body (measured: +650 MB
        of peak RSS at 10,000 documents). Closing the file frees it at once."""
        body = io.BytesIO(orjson.dumps(payload))
        try:
            return self.request(method, path, content=body, headers={"Content-Type": "application/json"}, **kwargs)
        finally:
            body.close()

    # --- endpoints -----------------------------------------------------------------------

    def check(self) -> dict[str, Any]:
        """Who we are; proves the URL and token work."""
        return self.request("GET", "/api/current-user/whoami")

    def projects(self, *, title: str | None = None) -> Iterator[dict[str, Any]]:
        """The projects (only those whose title contains `title`, when given: the server counts
        tasks and annotations for every project it lists, which costs as the projects grow)."""
        page = 1
        while True:
            params: dict[str, Any] = {"page": page, "page_size": 100}
            if title is not None:
                params["title"] = title
            data = self.request("GET", "/api/projects", params=params)
            yield from data["results"]
            if not data.get("next"):
                return
            page += 1

    def find_project(self, title: str) -> dict[str, Any] | None:
        matches = [p for p in self.projects(title=title) if p.get("title") == title]  # the filter is a substring match
        return min(matches, key=lambda p: p["id"]) if matches else None

    def create_project(self, settings: dict[str, Any]) -> dict[str, Any]:
        return self.request("POST", "/api/projects", json=settings)

    def update_project(self, project_id: int, settings: dict[str, Any]) -> dict[str, Any]:
        return self.request("PATCH", f"/api/projects/{project_id}", json=settings)

    def get_project(self, project_id: int) -> dict[str, Any]:
        return self.request("GET", f"/api/projects/{project_id}")

    def import_tasks(self, project_id: int, tasks: list[dict[str, Any]]) -> list[int]:
        """Create tasks (with their predictions) in one request; the new task ids, in order."""
        data = self.send_json("POST", f"/api/projects/{project_id}/import", tasks, params={"return_task_ids": "true"})
        return list(data.get("task_ids") or [])

    def task_index(self, project_id: int, *, page_size: int = 1000) -> Iterator[dict[str, Any]]:
        """Every task of a project with only its id, data and counters, paged: the project task
        list serialises no annotation or prediction when they are not included, unlike /api/tasks,
        which loads (and JSON-decodes) every prediction of the page even when it does not return it."""
        fields = "id,data,total_annotations,cancelled_annotations,total_predictions"
        page = 1
        while True:
            try:
                tasks = self.request("GET", f"/api/projects/{project_id}/tasks/", params={"include": fields, "page": page, "page_size": page_size})
            except LabelStudioError as exc:
                if exc.error is E.LS_API and "404" in str(exc):
                    return  # past the last page (an empty project has no first page either)
                raise
            yield from tasks or []
            if not tasks or len(tasks) < page_size:
                return
            page += 1

    def export_tasks(self, project_id: int, task_ids: list[int]) -> list[dict[str, Any]]:
        """These tasks with their annotations (predictions as ids), Label Studio JSON, one request."""
        params = {"exportType": "JSON", "download_all_tasks": "false", "ids[]": [str(i) for i in task_ids]}
        return list(self.request("GET", f"/api/projects/{project_id}/export", params=params) or [])

    def list_tasks(self, project_id: int, *, page_size: int = 2000, full: bool = False) -> Iterator[dict[str, Any]]:
        """Every task of a project, paged. full=True includes annotations and predictions."""
        page = 1
        while True:
            params: dict[str, Any] = {"project": project_id, "page": page, "page_size": page_size}
            if full:
                params["fields"] = "all"
            try:
                data = self.request("GET", "/api/tasks", params=params)
            except LabelStudioError as exc:
                if exc.error is E.LS_API and "404" in str(exc) and page > 1:
                    return  # past the last page
                raise
            tasks = data.get("tasks", []) if isinstance(data, dict) else data
            yield from tasks
            total = data.get("total") if isinstance(data, dict) else None
            if not tasks or len(tasks) < page_size or (total is not None and page * page_size >= total):
                return
            page += 1

    def update_task(self, task_id: int, data: dict[str, Any]) -> dict[str, Any]:
        return self.request("PATCH", f"/api/tasks/{task_id}", json={"data": data})

    def task_predictions(self, task_id: int) -> list[dict[str, Any]]:
        return list(self.request("GET", "/api/predictions", params={"task": task_id}) or [])

    def delete_prediction(self, prediction_id: int) -> None:
        self.request("DELETE", f"/api/predictions/{prediction_id}")

    def import_predictions(self, project_id: int, predictions: list[dict[str, Any]]) -> int:
        data = self.send_json("POST", f"/api/projects/{project_id}/import/predictions", predictions)
        return int((data or {}).get("created", 0))

    def create_annotation(self, task_id: int, result: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        return self.request("POST", f"/api/tasks/{task_id}/annotations", json={"result": result, **extra})

    def export(self, project_id: int, *, all_tasks: bool = False) -> list[dict[str, Any]]:
        """Tasks with annotations (and predictions) in Label Studio JSON, one request."""
        params = {"exportType": "JSON", "download_all_tasks": "true" if all_tasks else "false"}
        return list(self.request("GET", f"/api/projects/{project_id}/export", params=params) or [])
