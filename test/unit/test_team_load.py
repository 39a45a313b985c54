"""Ten analysts edit one team case at once, 1,000 edits each (issue 31, "Under load"; test/tools/team_load.py
says what they do). Afterwards: every derived count is what the links give; the audit log holds one row
for each saved change and none for a refused one, and replayed over the rows before, it gives the rows
after; stale saves were refused and saved again; no lock was waited for past lock_timeout, and no
session is left holding one."""
import collections
import sys
from pathlib import Path

from .test_store_hostile import PostGISBackend, replay

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from pg_cluster import LOAD_USERS  # noqa: E402
from team_load import APPLICATION, run_load  # noqa: E402

from conflict_evidence.plugin.evidence.schema import LAYER_NAMES  # noqa: E402

EDITS = 1000
LOCK_TIMEOUT_MS = 2000


def test_ten_analysts_editing_one_case_at_once_leave_it_true(pg_cluster):
    backend = PostGISBackend(pg_cluster, "case_under_load")
    analysts = []
    try:
        before, last_id = backend.rows(), backend.last_audit_id()
        editors = LOAD_USERS[::2]  # analyst01, 03, ...: ce_editor (test/tools/pg_cluster.py)
        analysts, watch, seconds = run_load(pg_cluster.conninfo(), backend.schema, LOAD_USERS,
                                            EDITS, editors=editors, layers=LAYER_NAMES,
                                            lock_timeout_ms=LOCK_TIMEOUT_MS)
        print(f"\n{len(analysts)} analysts, {EDITS} edits each in {seconds:.1f} s: "
              f"{len(analysts) * EDITS / seconds:.0f} edits/s; "
              f"retried: {dict(sum((collections.Counter(a.retries) for a in analysts), collections.Counter()))}; "
              f"gradings refused: {sum(a.refused for a in analysts)}; "
              f"longest lock wait {watch.longest_wait:.2f} s over {watch.samples} samples")
        assert [a.error for a in analysts] == [None] * len(analysts)
        assert all(a.done == EDITS for a in analysts)
        assert sum(a.retries["stale"] for a in analysts) > 0, "no save was ever stale: the load proves nothing"
        # every writer takes rows in one order (an affiliation's features sorted): none waits in a circle
        assert sum(a.retries["deadlock"] for a in analysts) == 0
        assert sum(a.refused for a in analysts if a.login not in editors) > 0
        assert all(a.refused == 0 for a in analysts if a.login in editors)

        entries = backend.audit_since(last_id)
        saved = collections.Counter(change for a in analysts for change in a.saved)
        logged = collections.Counter(
            (user, table, operation, (new if operation == "INSERT" else old)["fid"])
            for _id, user, table, _key, operation, old, new, _reason in entries)
        assert logged == saved
        assert backend.rows() == replay(before, entries)
        assert backend.derived_counts_are_true()
        assert watch.samples > 10
        assert watch.longest_wait < LOCK_TIMEOUT_MS / 1000 + 0.5
        # the ten sessions are still there, idle, and hold no lock at all
        assert backend.sql("SELECT state, count(*) FROM pg_stat_activity WHERE application_name = %s "
                           "GROUP BY state", (APPLICATION,)) == [("idle", len(analysts))]
        assert backend.sql("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                           "WHERE a.application_name = %s", (APPLICATION,)) == [(0,)]
    finally:
        for analyst in analysts:
            analyst.close()
        backend.close()
