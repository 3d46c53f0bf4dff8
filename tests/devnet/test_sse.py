"""SSE streams of the devnet: framing, cursors, limits, live events and injected faults."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable

import httpx
import pytest
from httpx_sse import ServerSentEvent, connect_sse

from posapp.devnet import Devnet

PREAMBLE = b'retry: 1000\nevent: open\ndata: "hello"\n\n'
BYEBYE = b'retry: 10\nevent: close\ndata: "byebye"\n\n'


def _wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


def _read_raw(response: httpx.Response) -> bytes:
    return b"".join(response.iter_bytes())


def test_framing_is_byte_exact(devnet: Devnet, merchant: str, client: httpx.Client) -> None:
    paid = devnet.pay(to=merchant, amount="1.5", memo="pay_1")
    with client.stream(
        "GET",
        f"/accounts/{merchant}/payments",
        params={"cursor": "now", "limit": "1"},
        headers={"Accept": "text/event-stream"},
    ) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        _wait_until(lambda: devnet.open_streams == 1)
        paid = devnet.pay(to=merchant, amount="2", memo="pay_2")
        raw = _read_raw(response)
    record = json.loads(
        client.get(f"/operations/{paid.operation_id}").content.decode()
    )  # same record as JSON
    data_line = json.dumps(record, ensure_ascii=False, separators=(",", ":")).replace(
        "&", "\\u0026"
    )
    expected = PREAMBLE + f"id: {paid.paging_token}\ndata: {data_line}\n\n".encode() + BYEBYE
    assert raw == expected


def test_records_after_cursor_then_byebye_after_limit(
    devnet: Devnet, merchant: str, client: httpx.Client
) -> None:
    tokens = [devnet.pay(to=merchant, amount="1", memo=f"m{n}").paging_token for n in range(4)]
    with connect_sse(
        client,
        "GET",
        f"/accounts/{merchant}/payments",
        params={"cursor": tokens[0], "limit": "2", "join": "transactions"},
    ) as source:
        events = list(source.iter_sse())
    assert [e.event for e in events] == ["open", "message", "message", "close"]
    assert events[0].data == '"hello"' and events[0].retry == 1000
    assert [e.id for e in events[1:3]] == tokens[1:3]
    assert json.loads(events[1].data)["transaction"]["memo"] == "m1"
    assert events[3].data == '"byebye"' and events[3].retry == 10


def test_last_event_id_overrides_cursor(
    devnet: Devnet, merchant: str, client: httpx.Client
) -> None:
    tokens = [devnet.pay(to=merchant, amount="1").paging_token for _ in range(3)]
    with connect_sse(
        client,
        "GET",
        f"/accounts/{merchant}/payments",
        params={"cursor": tokens[0], "limit": "1"},
        headers={"Last-Event-ID": tokens[1]},
    ) as source:
        events = [e for e in source.iter_sse() if e.event == "message"]
    assert [e.id for e in events] == [tokens[2]]


def test_default_stream_limit_is_ten(devnet: Devnet, merchant: str, client: httpx.Client) -> None:
    for _ in range(12):
        devnet.pay(to=merchant, amount="1")
    with connect_sse(client, "GET", f"/accounts/{merchant}/payments") as source:
        events = list(source.iter_sse())
    assert len([e for e in events if e.event == "message"]) == 10
    assert events[-1].event == "close"


def test_live_event_arrives_after_pay(devnet: Devnet, merchant: str, client: httpx.Client) -> None:
    with connect_sse(
        client, "GET", f"/accounts/{merchant}/payments", params={"cursor": "now"}
    ) as source:
        events = source.iter_sse()
        assert next(events).event == "open"
        paid = devnet.pay(to=merchant, amount="4.2", memo="pay_live")
        live = next(events)
    assert live.id == paid.paging_token
    record = json.loads(live.data)
    assert (record["to"], record["amount"]) == (merchant, "4.2000000")


def test_stream_times_out_with_byebye() -> None:
    with Devnet(stream_timeout=0.3) as net, httpx.Client(timeout=5) as client:
        account = net.create_account()
        started = time.monotonic()
        with connect_sse(
            client, "GET", f"{net.url}/accounts/{account}/payments", params={"cursor": "now"}
        ) as source:
            events = list(source.iter_sse())
        assert [e.event for e in events] == ["open", "close"]
        assert 0.25 < time.monotonic() - started < 5


def test_stream_for_account_without_history_waits(devnet: Devnet, client: httpx.Client) -> None:
    from stellar_sdk import Keypair

    later = Keypair.random().public_key
    with connect_sse(client, "GET", f"/accounts/{later}/payments") as source:
        events = source.iter_sse()
        assert next(events).event == "open"
        devnet.create_account(later)
        assert json.loads(next(events).data)["type"] == "create_account"


def test_drop_streams_closes_connections(
    devnet: Devnet, merchant: str, client: httpx.Client
) -> None:
    with connect_sse(
        client, "GET", f"/accounts/{merchant}/payments", params={"cursor": "now"}
    ) as source:
        events = source.iter_sse()
        assert next(events).event == "open"
        assert devnet.drop_streams() == 1
        with pytest.raises(httpx.RemoteProtocolError):
            next(events)
    _wait_until(lambda: devnet.open_streams == 0)


def test_hang_streams_goes_silent(devnet: Devnet, merchant: str) -> None:
    silent = httpx.Client(base_url=devnet.url, timeout=httpx.Timeout(5.0, read=0.6))
    with (
        silent,
        connect_sse(
            silent, "GET", f"/accounts/{merchant}/payments", params={"cursor": "now"}
        ) as source,
    ):
        events = source.iter_sse()
        assert next(events).event == "open"
        assert devnet.hang_streams(0.3) == 1
        paid = devnet.pay(to=merchant, amount="1")
        with pytest.raises(httpx.ReadTimeout):
            next(events)
    time.sleep(0.3)
    with (
        httpx.Client(base_url=devnet.url, timeout=5) as fresh,
        connect_sse(
            fresh, "GET", f"/accounts/{merchant}/payments", params={"limit": "2"}
        ) as source,
    ):
        ids = [e.id for e in source.iter_sse() if e.event == "message"]
    assert ids[-1] == paid.paging_token


def test_many_concurrent_streams_all_get_the_event(devnet: Devnet, merchant: str) -> None:
    count = 40
    received: list[ServerSentEvent] = []
    lock = threading.Lock()

    def listen() -> None:
        with (
            httpx.Client(timeout=10) as http,
            connect_sse(
                http,
                "GET",
                f"{devnet.url}/accounts/{merchant}/payments",
                params={"cursor": "now", "limit": "1"},
            ) as source,
        ):
            for sse in source.iter_sse():
                if sse.event == "message":
                    with lock:
                        received.append(sse)

    threads = [threading.Thread(target=listen) for _ in range(count)]
    for thread in threads:
        thread.start()
    _wait_until(lambda: devnet.open_streams == count, timeout=10)
    paid = devnet.pay(to=merchant, amount="7")
    for thread in threads:
        thread.join(timeout=10)
    assert len(received) == count
    assert {e.id for e in received} == {paid.paging_token}


def test_stop_returns_fast_with_open_streams() -> None:
    net = Devnet()
    net.start()
    account = net.create_account()
    errors: list[BaseException] = []

    def listen() -> None:
        try:
            with (
                httpx.Client(timeout=10) as http,
                connect_sse(
                    http, "GET", f"{net.url}/accounts/{account}/payments", params={"cursor": "now"}
                ) as source,
            ):
                for _ in source.iter_sse():
                    pass
        except httpx.HTTPError as err:
            errors.append(err)

    threads = [threading.Thread(target=listen) for _ in range(10)]
    for thread in threads:
        thread.start()
    _wait_until(lambda: net.open_streams == 10)
    # an idle keep-alive connection too
    idle = httpx.Client(base_url=net.url, timeout=5)
    assert idle.get("/").status_code == 200
    started = time.monotonic()
    net.stop()
    assert time.monotonic() - started < 1.0
    for thread in threads:
        thread.join(timeout=2)
        assert not thread.is_alive()
    assert len(errors) == 10
    net.stop()  # idempotent
    idle.close()
    with pytest.raises(httpx.ConnectError):
        httpx.get(net.url + "/", timeout=1)


def test_stream_rejects_bad_params_as_json(merchant: str, client: httpx.Client) -> None:
    response = client.get(
        f"/accounts/{merchant}/payments",
        params={"limit": "500"},
        headers={"Accept": "text/event-stream"},
    )
    assert response.status_code == 400
    assert response.json()["extras"]["invalid_field"] == "limit"


def test_stream_ends_when_the_client_leaves(devnet: Devnet, merchant: str) -> None:
    with (
        httpx.Client(base_url=devnet.url, timeout=5) as http,
        connect_sse(
            http, "GET", f"/accounts/{merchant}/payments", params={"cursor": "now"}
        ) as source,
    ):
        assert next(source.iter_sse()).event == "open"
        assert devnet.open_streams <= 1  # the devnet may have ended it already
    _wait_until(lambda: devnet.open_streams == 0)
