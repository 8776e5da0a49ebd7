"""The temporary Prefect server a batch starts never outlives it, even when it is slow to come up."""

from conftest import free_port, left_running


def test_a_server_that_does_not_answer_in_time_is_stopped_not_orphaned():
    """On a loaded machine Prefect's server can take longer than its start-up wait; Prefect then
    gives up but keeps the process, which ran on after the batch and held its caller's pipes."""
    from prefect.server.api.server import SubprocessASGIServer

    from spinecite.flows.batch import _serve

    port = free_port()
    server = SubprocessASGIServer(port=port)
    _serve(server, timeout=0.01)  # no server imports Prefect in 10 ms: the start always gives up
    assert server.server_process is None and not server.running
    assert not [cmd for cmd in left_running().values() if f"--port {port}" in cmd]
