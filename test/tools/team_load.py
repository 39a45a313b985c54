"""Analysts editing one team case at once (issue 31, "Under load"): each in a session of their own login,
each edit one transaction, as QGIS saves one: a link made or removed, a stance changed, a statement graded
or its affiliation changed, a feature's attributes changed, a new feature. Updates carry row_version as the
plugin sends it (the version the analyst loaded + 1); a save on a row someone changed since is refused
(40001), the analyst reloads the row and saves again. A lock wait longer than lock_timeout (55P03) or a
deadlock (40P01) is rolled back and tried again the same way.

Used by test/unit/test_team_load.py (which checks the store afterwards) and by make bench (edits per second).
Every saved change is kept as (login, table, operation, fid), for the test to match with the audit log."""
import random
import threading
import time

import psycopg2

APPLICATION = "ce-load"
STANCES = ("asserts", "disputes", "denies", "qualifies", "context")
LAYER = "strike_sites"  # the layer new features go to (every edit of a feature picks any layer)
RETRIED = {"40001": "stale", "55P03": "lock_timeout", "40P01": "deadlock"}


class Analyst(threading.Thread):
    def __init__(self, conninfo, login, schema, edits, seed, lock_timeout_ms, may_grade, layers):
        super().__init__(name=f"analyst {login}")
        self.conninfo, self.login, self.s, self.edits = conninfo, login, schema, edits
        self.random = random.Random(seed)
        self.lock_timeout_ms, self.may_grade, self.layers = lock_timeout_ms, may_grade, layers
        self.saved = []  # (login, table, operation, fid)
        self.retries = dict.fromkeys(RETRIED.values(), 0)
        self.refused = 0  # refusals that are not a retry (an analyst grading)
        self.loaded = {}  # (table, fid) -> (row_version, values) as last loaded
        self.error = None
        self.done = 0

    def run(self):
        try:
            self.connection = psycopg2.connect(self.conninfo, user=self.login, application_name=APPLICATION)
            with self.connection.cursor() as cursor:
                cursor.execute("SELECT set_config('lock_timeout', %s, false)", (f"{self.lock_timeout_ms}ms",))
            self.connection.commit()
            kinds = (self.add_link, self.remove_link, self.restance, self.grade, self.reaffiliate,
                     self.edit_feature, self.add_feature)
            weights = (4, 2, 4, 2, 1, 4, 1)
            for n in range(self.edits):
                edit = self.random.choices(kinds, weights)[0]
                self.save(edit, n)
                self.done += 1
        except Exception as error:  # noqa: BLE001 - carried to the test, which fails with it
            self.error = error
        # the session stays open, idle, for the caller to see what it still holds (close() ends it)

    def close(self):
        if getattr(self, "connection", None) is not None:
            self.connection.close()

    # -- one save, retried as an analyst would ------------------------------------------------------

    def save(self, edit, n):
        for _attempt in range(50):
            try:
                with self.connection.cursor() as cursor:
                    done = edit(cursor, n)
                self.connection.commit()
            except psycopg2.Error as error:
                self.connection.rollback()
                if error.pgcode in RETRIED:
                    self.retries[RETRIED[error.pgcode]] += 1
                    self.loaded.clear()  # reload what is shown, as after "Reload the layer"
                    continue
                if error.pgcode == "42501" and not self.may_grade:
                    self.refused += 1
                    return
                raise
            if done is not None:
                self.saved.append((self.login, *done))
                table, operation, fid = done
                if operation != "INSERT":
                    self.loaded.pop((table, fid), None)
            return
        raise RuntimeError(f"{self.login}: an edit was refused 50 times")

    def pick(self, cursor, table, where="", parameters=()):
        """A row of table as the analyst has it loaded: (fid, row_version, values); None if there are none."""
        cursor.execute(f"SELECT fid FROM {self.s}.{table} {where} ORDER BY random() LIMIT 1", parameters)  # nosec B608
        found = cursor.fetchone()
        if found is None:
            return None
        fid = found[0]
        if (table, fid) not in self.loaded:
            cursor.execute(f"SELECT row_version, to_jsonb(t) FROM {self.s}.{table} t WHERE fid = %s", (fid,))  # nosec B608
            row = cursor.fetchone()
            if row is None:
                return None
            self.loaded[(table, fid)] = row
        version, values = self.loaded[(table, fid)]
        return fid, version, values

    # -- the edits: each returns (table, operation, fid) of the change it saved, or None -----------------

    def add_link(self, cursor, n):
        layer = self.random.choice(self.layers)
        cursor.execute(f"SELECT uid FROM {self.s}.{layer} ORDER BY random() LIMIT 1")  # nosec B608
        feature = cursor.fetchone()
        cursor.execute(f"SELECT sid FROM {self.s}.statements ORDER BY random() LIMIT 1")  # nosec B608
        statement = cursor.fetchone()
        if feature is None or statement is None:
            return None
        cursor.execute(f"INSERT INTO {self.s}.statement_links (feature_layer, feature_uid, sid, stance, claim) "  # nosec B608
                       "VALUES (%s, %s, %s, %s, %s) RETURNING fid",
                       (layer, feature[0], statement[0], self.random.choice(STANCES), f"{self.login} {n}"))
        return "statement_links", "INSERT", cursor.fetchone()[0]

    def remove_link(self, cursor, _n):
        cursor.execute(f"DELETE FROM {self.s}.statement_links WHERE fid = (SELECT fid FROM {self.s}.statement_links "  # nosec B608
                       "ORDER BY random() LIMIT 1) RETURNING fid")
        found = cursor.fetchone()
        return ("statement_links", "DELETE", found[0]) if found else None

    def _update(self, cursor, table, fid, version, assignments, parameters):
        cursor.execute(f"UPDATE {self.s}.{table} SET {assignments}, row_version = %s WHERE fid = %s "  # nosec B608
                       "RETURNING fid", (*parameters, version + 1, fid))
        return (table, "UPDATE", fid) if cursor.fetchone() else None

    def restance(self, cursor, n):
        picked = self.pick(cursor, "statement_links")
        if picked is None:
            return None
        fid, version, values = picked
        stance = self.random.choice([s for s in STANCES if s != values["stance"]])
        return self._update(cursor, "statement_links", fid, version, "stance = %s, claim = %s",
                            (stance, f"{self.login} {n}"))

    def grade(self, cursor, _n):
        picked = self.pick(cursor, "statements")
        if picked is None:
            return None
        fid, version, values = picked
        reliability = self.random.choice([g for g in "ABCDEF" if g != values["source_reliability"]])
        return self._update(cursor, "statements", fid, version, "source_reliability = %s, info_credibility = %s",
                            (reliability, self.random.randint(1, 6)))

    def reaffiliate(self, cursor, n):
        picked = self.pick(cursor, "statements")
        if picked is None:
            return None
        fid, version, values = picked
        choices = [a for a in ("Russia", "Syria", "Turkey", "USA", "NATO", f"{self.login} {n}")
                   if a != values["affiliation"]]
        return self._update(cursor, "statements", fid, version, "affiliation = %s", (self.random.choice(choices),))

    def edit_feature(self, cursor, n):
        layer = self.random.choice(self.layers)
        picked = self.pick(cursor, layer)
        if picked is None:
            return None
        fid, version, _values = picked
        return self._update(cursor, layer, fid, version, "title = %s, actor = %s",
                            (f"edited by {self.login} ({n})", self.random.choice(("Russia", "Syria", None))))

    def add_feature(self, cursor, n):
        cursor.execute(f"INSERT INTO {self.s}.{LAYER} (geom, uid, title, event_type, t_start, t_end, "  # nosec B608
                       "time_precision, loc_precision, uncertainty_m, n_asserting, n_disputing, contested) "
                       "SELECT geom, %s, %s, event_type, t_start, t_end, time_precision, loc_precision, uncertainty_m, "
                       f"0, 0, false FROM {self.s}.{LAYER} ORDER BY fid LIMIT 1 RETURNING fid",
                       (f"load-{self.login}-{n}", f"new feature by {self.login}"))
        made = cursor.fetchone()
        return (LAYER, "INSERT", made[0]) if made else None


class LockWatch(threading.Thread):
    """Samples the load's sessions while they run: the longest lock wait seen, and any session idle in a
    transaction (a lock kept with nothing to do)."""

    def __init__(self, conninfo, interval=0.05):
        super().__init__(name="lock watch")
        self.conninfo, self.interval = conninfo, interval
        self.stop = threading.Event()
        self.longest_wait = 0.0
        self.samples = 0

    def run(self):
        connection = psycopg2.connect(self.conninfo)
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                # pg_locks.waitstart is PostgreSQL 14's; before, the waiting statement's start bounds the wait
                cursor.execute("SELECT current_setting('server_version_num')::int")
                since = "l.waitstart" if cursor.fetchone()[0] >= 140000 else "a.query_start"
                while not self.stop.is_set():
                    cursor.execute(f"SELECT coalesce(max(extract(epoch FROM clock_timestamp() - {since})), 0) "  # nosec B608
                                   "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                                   "WHERE NOT l.granted AND a.application_name = %s", (APPLICATION,))
                    self.longest_wait = max(self.longest_wait, float(cursor.fetchone()[0]))
                    self.samples += 1
                    self.stop.wait(self.interval)
        finally:
            connection.close()


def run_load(conninfo, schema, logins, edits, editors=(), layers=("strike_sites",), seed=31, lock_timeout_ms=2000):
    """Every login edits `edits` times at once; returns (analysts, watch, seconds), each analyst's session
    still open (analyst.close() ends it). conninfo: the cluster's, as its superuser (the lock watch); each
    analyst connects with it as their own login."""
    analysts = [Analyst(conninfo, login, schema, edits, seed * 1000 + i, lock_timeout_ms, login in editors, layers)
                for i, login in enumerate(logins)]
    watch = LockWatch(conninfo)
    watch.start()
    began = time.perf_counter()
    try:
        for analyst in analysts:
            analyst.start()
        for analyst in analysts:
            analyst.join()
    finally:
        watch.stop.set()
        watch.join()
    return analysts, watch, time.perf_counter() - began
