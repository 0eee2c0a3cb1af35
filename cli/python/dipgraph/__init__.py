"""dipgraph for Python: query a dipgraph event database and code text.

    import dipgraph
    db = dipgraph.open("examples/out/dipgraph.db")      # read-only
    db.stats()                                          # counts, dates
    db.timeline("USA", "AZE", start="2024-01")          # list of dicts
    db.path("Blinken", "Aliyev", time_respecting=True)  # list of paths
    db.events(roots=["04", "19"], quad=[1, 4])          # filtered events
    db.actors(search="blinken")                         # actor dicts
    dipgraph.to_pandas(db.events())                     # a DataFrame
    db.to_networkx(start="2024")                        # a MultiDiGraph
    dipgraph.extract("Blinken met Aliyev on Sunday.", date="2024-04-28")

Every query returns plain lists of dicts with the field names of
SCHEMA.md section 2, exactly what the matching `dipgraph <command> --json`
prints: the compiled extension runs the CLI's own query code. Filters are
keyword arguments named like the CLI's flags (start/end for --from/--to):

    start, end     'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or a datetime.date
    codes, roots   CAMEO codes or roots, a str ('04,19') or a list
    quad           quad class 1-4 or a list of them
    cooperation    quads 1-2; conflict: quads 3-4
    min_mentions   events supported by at least this many sentences
    negated        include negated events ("did not meet")
    overlap        month/year-dated events need only overlap the window
    exact          a state means that one actor, not its officials

Errors: ValueError for bad arguments or an ambiguous actor name,
LookupError for an unknown actor, FileNotFoundError when there is no
database, OSError and RuntimeError for database failures.

pandas and networkx are optional: to_pandas() and to_networkx() import them
when called.
"""

import datetime as _datetime

from . import _dipgraph

__version__ = _dipgraph.__version__

__all__ = ["open", "extract", "Database", "to_pandas", "__version__"]


def _date_text(value):
    """A --from/--to text from a str, a date, a datetime or None."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, _datetime.datetime):
        value = value.date()
    if isinstance(value, _datetime.date):
        return value.isoformat()
    # pandas.Timestamp and numpy.datetime64 print as ISO text.
    return str(value)[:10]


def _filters(kwargs):
    """Normalises the date filters of a query's keyword arguments."""
    out = dict(kwargs)
    for key in ("start", "end"):
        if key in out:
            out[key] = _date_text(out[key])
    return out


class Database:
    """A read-only dipgraph database; see the module documentation.

    Wraps the compiled _dipgraph.Database and adds the pandas and networkx
    helpers. Safe to share between threads (calls are serialised).
    """

    def __init__(self, native):
        self._db = native

    @property
    def directory(self):
        """The database directory as given to open()."""
        return self._db.directory

    def __repr__(self):
        return f"dipgraph.Database({self.directory!r})"

    def stats(self):
        """Counts of actors, events, mentions and articles, the date range
        and the size on disk: a dict like `dipgraph stats --json`."""
        return self._db.stats()

    def timeline(self, a, b=None, start=None, end=None, roots=None, *, limit=0,
                 evidence=1, **filters):
        """The events of actor `a`, or between `a` and `b` (either
        direction), in date order; each a dict like a line of
        `dipgraph timeline --json`, with up to `evidence` sentences."""
        filters.update(start=start, end=end, roots=roots)
        return self._db.timeline(a, b, limit=limit, evidence=evidence,
                                 **_filters(filters))

    def path(self, a, b, time_respecting=False, *, k=1, directed=False,
             weight="hops", max_hops=0, events=3, **filters):
        """How `a` and `b` are connected: the `k` shortest relationship
        paths over ties, or with time_respecting the earliest-arriving chain
        of events in date order. A list of path dicts like
        `dipgraph path --json` lines; [] when there is no path."""
        return self._db.path(a, b, time_respecting, k=k, directed=directed,
                             weight=weight, max_hops=max_hops, events=events,
                             **_filters(filters))

    def events(self, actors=None, *, limit=0, evidence=0, **filters):
        """Every event that passes the filters and involves one of `actors`
        (a name, an id or a list of them; None: all events), in date order
        (unknown dates last)."""
        return self._db.events(actors=actors, limit=limit, evidence=evidence,
                               **_filters(filters))

    def event(self, event_id):
        """The event with this id and all its evidence, or None."""
        return self._db.event(event_id)

    def actors(self, search=None, limit=0):
        """Stored actors in id order (SCHEMA.md actor objects plus "key",
        the actor key), or those with an alias containing `search`."""
        return self._db.actors(search, limit)

    def resolve(self, name, exact=False):
        """The actor a query about `name` means, with "key" and "members"
        (the stored actor ids it covers)."""
        return self._db.resolve(name, exact)

    def to_pandas(self, **filters):
        """events(**filters) as a flat pandas DataFrame (see to_pandas)."""
        return to_pandas(self.events(**filters))

    def to_networkx(self, by_key=False, **filters):
        """The events passing `filters` as a networkx.MultiDiGraph: one node
        per actor (attributes: the actor fields), one edge per canonical
        event from source to target (key: the event id; attributes: date,
        code, root, quad, goldstein, negated, symmetric, mentions, articles,
        confidence). With by_key, actors are merged by their actor key
        ("USA" holds the state, its officials and institutions)."""
        import networkx as nx

        actors = {a["id"]: a for a in self.actors()}
        graph = nx.MultiDiGraph()

        def node(actor_id):
            actor = actors.get(actor_id)
            return actor["key"] if by_key and actor else actor_id

        for actor in actors.values():
            name = node(actor["id"])
            if name != actor["id"]:
                # A member of a key: the key's node, described by the actor
                # whose id is the key if there is one (added in its turn).
                if name not in graph:
                    graph.add_node(name, id=name, name=name, key=name)
                continue
            graph.add_node(name, **{k: v for k, v in actor.items() if v is not None})
        for e in self.events(**filters):
            u, v = node(e["source"]["id"]), node(e["target"]["id"])
            for end in (u, v):
                if end not in graph:
                    graph.add_node(end, id=end)
            graph.add_edge(u, v, key=e["id"], date=e["date"]["value"],
                           code=e["action"]["code"], root=e["action"]["root"],
                           quad=e["action"]["quad"],
                           goldstein=float(e["action"]["goldstein"]),
                           negated=e["negated"], symmetric=e["symmetric"],
                           mentions=e["mentions"], articles=e["articles"],
                           confidence=e["confidence"])
        return graph


def open(path):  # pylint: disable=redefined-builtin
    """Opens the dipgraph database in directory `path` read-only (it may be
    written by a running `dipgraph ingest` meanwhile; the view is the one at
    open time). Raises FileNotFoundError if there is no database."""
    return Database(_dipgraph.open(str(path)))


def extract(text, date=None, lang=None, title=None, id="snippet"):  # pylint: disable=redefined-builtin
    """The CAMEO-coded events of a text snippet, a list of dicts as
    `dipgraph extract` prints them (SCHEMA.md section 2). `date` is the
    publication date that anchors relative expressions ("on Sunday"); `lang`
    is "en" or "de" (detected when None)."""
    return _dipgraph.extract(text, _date_text(date), lang, title, id)


def _flatten(record, prefix=""):
    """One level of nested dicts flattened into "outer_inner" keys; lists
    (the evidence) are kept as they are."""
    flat = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name + "_"))
        else:
            flat[name] = value
    return flat


_FLOAT_COLUMNS = {"action_goldstein", "confidence", "cost"}


def to_pandas(records):
    """A list of dicts from any query (events, timelines, actors, extract)
    as a pandas DataFrame with nested objects flattened ("source_id",
    "action_code", "date_value", ...). Event tables get a "day" column
    (the first day of the event's date, NaT when unknown) for resampling.
    Path results are better read as they are."""
    import pandas as pd

    frame = pd.DataFrame([_flatten(r) for r in records])
    # JSON writes whole numbers without a decimal point; these are floats
    # even where every value happens to be whole.
    for column in _FLOAT_COLUMNS & set(frame.columns):
        frame[column] = frame[column].astype(float)
    if "date_value" in frame.columns:
        # "2024", "2024-04" and "2024-04-28" all parse to their first day.
        frame["day"] = pd.to_datetime(frame["date_value"].map(_first_day),
                                      format="%Y-%m-%d", errors="coerce")
    return frame


def _first_day(value):
    """'2024' -> '2024-01-01', '2024-04' -> '2024-04-01', None stays None."""
    if not isinstance(value, str):
        return None
    parts = value.split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts)

