// The compiled part of the Python package `dipgraph`: the extension
// `dipgraph._dipgraph`. It binds python::Database and ExtractText
// (py_database.h), turns their JSON texts into dicts and lists with the
// standard json module, and maps Status codes to Python exceptions:
// InvalidArgument -> ValueError, NotFound -> LookupError (FileNotFoundError
// when opening), IOError -> OSError, anything else -> RuntimeError.
// dipgraph/__init__.py is the documented interface on top of it.
//
// The GIL is released while C++ code runs, so queries from several Python
// threads do not block the interpreter (Database serialises them).

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "cli/python/py_database.h"

namespace py = pybind11;

namespace dipgraph::python {
namespace {

[[noreturn]] void Raise(const base::Status& s, PyObject* not_found = PyExc_LookupError) {
  PyObject* type = PyExc_RuntimeError;
  switch (s.code()) {
    case base::StatusCode::kInvalidArgument:
      type = PyExc_ValueError;
      break;
    case base::StatusCode::kNotFound:
      type = not_found;
      break;
    case base::StatusCode::kIOError:
      type = PyExc_OSError;
      break;
    default:
      break;
  }
  PyErr_SetString(type, s.message().c_str());
  throw py::error_already_set();
}

template <typename T>
T Take(base::Result<T> r) {
  if (!r.ok()) Raise(r.status());
  return std::move(r).value();
}

py::object Loads(const std::string& text) {
  static py::object* loads = new py::object(py::module_::import("json").attr("loads"));
  return (*loads)(text);
}

py::list LoadsAll(const std::vector<std::string>& texts) {
  py::list out;
  for (const std::string& t : texts) out.append(Loads(t));
  return out;
}

// A list of strings from a str ("04,19": split at commas), an int, or an
// iterable of them; empty for None.
std::vector<std::string> StringList(const py::handle& value) {
  std::vector<std::string> out;
  if (value.is_none()) return out;
  auto add = [&out](const std::string& s) {
    size_t start = 0;
    while (start <= s.size()) {
      size_t comma = s.find(',', start);
      if (comma == std::string::npos) comma = s.size();
      if (comma > start) out.push_back(s.substr(start, comma - start));
      start = comma + 1;
    }
  };
  if (py::isinstance<py::str>(value)) {
    add(value.cast<std::string>());
    return out;
  }
  for (const py::handle item : value) add(py::str(item).cast<std::string>());
  return out;
}

std::vector<int> IntList(const py::handle& value) {
  std::vector<int> out;
  if (value.is_none()) return out;
  if (py::isinstance<py::int_>(value)) return {value.cast<int>()};
  if (py::isinstance<py::str>(value)) {
    for (const std::string& s : StringList(value)) {
      try {
        out.push_back(std::stoi(s));
      } catch (const std::exception&) {
        throw py::value_error("quad " + s + ": not a quad class (1-4)");
      }
    }
    return out;
  }
  for (const py::handle item : value) out.push_back(item.cast<int>());
  return out;
}

// The shared query flags from keyword arguments, with the CLI's names
// (start/end stand for --from/--to). `negation_default` is the command's:
// timelines and event tables include negated events, graph queries not.
cli::QueryFlags FlagsFrom(const py::kwargs& kw, bool negation_default) {
  cli::QueryFlags f;
  f.negation_default = negation_default;
  f.include_negated = negation_default;
  for (const auto& [key_handle, value] : kw) {
    const std::string key = py::str(key_handle);
    if (key == "start" || key == "end") {
      std::string text = value.is_none() ? "" : py::str(value).cast<std::string>();
      (key == "start" ? f.from : f.to) = text;
    } else if (key == "codes") {
      f.codes = StringList(value);
    } else if (key == "roots") {
      f.roots = StringList(value);
      for (std::string& r : f.roots) {
        if (r.size() == 1) r = "0" + r;  // roots=4 means "04"
      }
    } else if (key == "quad") {
      f.quads = IntList(value);
    } else if (key == "cooperation") {
      f.cooperation = value.cast<bool>();
    } else if (key == "conflict") {
      f.conflict = value.cast<bool>();
    } else if (key == "min_mentions") {
      f.min_mentions = value.cast<uint32_t>();
    } else if (key == "negated") {
      if (!value.is_none()) f.include_negated = value.cast<bool>();
    } else if (key == "overlap") {
      f.overlap = value.cast<bool>();
    } else if (key == "exact") {
      f.exact = value.cast<bool>();
    } else {
      throw py::type_error("unexpected keyword argument '" + key + "'");
    }
  }
  f.no_negated = !f.include_negated;
  return f;
}

constexpr const char* kFilterDoc =
    "Filters (keywords, as the CLI's query flags): start, end ('YYYY', 'YYYY-MM' or "
    "'YYYY-MM-DD'; a coarse end means its last day), codes, roots (CAMEO, str or list; "
    "'04' selects its sub-codes), quad (1-4 or a list), cooperation, conflict, "
    "min_mentions, negated (include negated events), overlap (coarse dates need only "
    "overlap the window), exact (a state means that actor only).";

}  // namespace
}  // namespace dipgraph::python

PYBIND11_MODULE(_dipgraph, m) {
  namespace base = dipgraph::base;
  namespace cli = dipgraph::cli;
  using dipgraph::python::Database;
  using dipgraph::python::ExtractText;
  using dipgraph::python::FlagsFrom;
  using dipgraph::python::Loads;
  using dipgraph::python::LoadsAll;
  using dipgraph::python::PathArgs;
  using dipgraph::python::Raise;
  using dipgraph::python::StringList;
  using dipgraph::python::Take;
  using dipgraph::python::kFilterDoc;
  m.doc() = "dipgraph: read a dipgraph event database and code text with CAMEO (compiled part)";
  m.attr("__version__") = DIPGRAPH_VERSION;

  py::class_<Database>(m, "Database", "A read-only dipgraph database (see dipgraph.open)")
      .def_property_readonly("directory", &Database::path)
      .def(
          "timeline",
          [](Database& db, const std::string& a, const std::optional<std::string>& b,
             size_t limit, size_t evidence, const py::kwargs& kw) {
            const cli::QueryFlags flags = FlagsFrom(kw, /*negation_default=*/true);
            base::Result<std::vector<std::string>> r = base::Status::Internal("not run");
            {
              py::gil_scoped_release release;
              r = db.Timeline(a, b, flags, limit, evidence);
            }
            return LoadsAll(Take(std::move(r)));
          },
          py::arg("a"), py::arg("b") = py::none(), py::kw_only(), py::arg("limit") = 0,
          py::arg("evidence") = 1,
          (std::string("Events of actor a, or between a and b, in date order "
                       "(`dipgraph timeline --json`). ") +
           kFilterDoc)
              .c_str())
      .def(
          "events",
          [](Database& db, const py::object& actors, size_t limit, size_t evidence,
             const py::kwargs& kw) {
            const cli::QueryFlags flags = FlagsFrom(kw, /*negation_default=*/true);
            const std::vector<std::string> names = StringList(actors);
            base::Result<std::vector<std::string>> r = base::Status::Internal("not run");
            {
              py::gil_scoped_release release;
              r = db.Events(names, flags, limit, evidence);
            }
            return LoadsAll(Take(std::move(r)));
          },
          py::kw_only(), py::arg("actors") = py::none(), py::arg("limit") = 0,
          py::arg("evidence") = 0,
          (std::string("Every event passing the filters that involves one of `actors` "
                       "(all events if None), in date order. ") +
           kFilterDoc)
              .c_str())
      .def(
          "path",
          [](Database& db, const std::string& a, const std::string& b, bool time_respecting,
             size_t k, bool directed, const std::string& weight, size_t max_hops, size_t events,
             const py::kwargs& kw) {
            const cli::QueryFlags flags = FlagsFrom(kw, /*negation_default=*/false);
            PathArgs args;
            args.k = k;
            args.directed = directed;
            args.time_respecting = time_respecting;
            args.weight = weight;
            args.max_hops = max_hops;
            args.events = events;
            base::Result<std::vector<std::string>> r = base::Status::Internal("not run");
            {
              py::gil_scoped_release release;
              r = db.Path(a, b, flags, args);
            }
            return LoadsAll(Take(std::move(r)));
          },
          py::arg("a"), py::arg("b"), py::arg("time_respecting") = false, py::kw_only(),
          py::arg("k") = 1, py::arg("directed") = false, py::arg("weight") = "hops",
          py::arg("max_hops") = 0, py::arg("events") = 3,
          (std::string("Relationship paths from a to b (`dipgraph path --json`); [] if "
                       "none. ") +
           kFilterDoc)
              .c_str())
      .def(
          "event",
          [](Database& db, uint64_t id) -> py::object {
            base::Result<std::optional<std::string>> r = base::Status::Internal("not run");
            {
              py::gil_scoped_release release;
              r = db.Event(id);
            }
            auto text = Take(std::move(r));
            if (!text) return py::none();
            return Loads(*text);
          },
          py::arg("id"), "One event by id with all its evidence, or None")
      .def(
          "actors",
          [](Database& db, const std::optional<std::string>& search, size_t limit) {
            base::Result<std::vector<std::string>> r = base::Status::Internal("not run");
            {
              py::gil_scoped_release release;
              r = db.Actors(search, limit);
            }
            return LoadsAll(Take(std::move(r)));
          },
          py::arg("search") = py::none(), py::arg("limit") = 0,
          "Stored actors in id order, or those with a name containing `search`")
      .def(
          "resolve",
          [](Database& db, const std::string& name, bool exact) {
            base::Result<std::string> r = base::Status::Internal("not run");
            {
              py::gil_scoped_release release;
              r = db.Resolve(name, exact);
            }
            return Loads(Take(std::move(r)));
          },
          py::arg("name"), py::arg("exact") = false,
          "The actor a query would use for `name`, with its key and member ids")
      .def(
          "stats",
          [](Database& db) {
            base::Result<std::string> r = base::Status::Internal("not run");
            {
              py::gil_scoped_release release;
              r = db.Stats();
            }
            return Loads(Take(std::move(r)));
          },
          "Counts, date range and size (`dipgraph stats --json`)");

  m.def(
      "open",
      [](const std::string& path) {
        auto r = Database::Open(path);
        if (!r.ok()) Raise(r.status(), PyExc_FileNotFoundError);
        return std::move(r).value();
      },
      py::arg("path"), "Opens a dipgraph database read-only");

  m.def(
      "extract",
      [](const std::string& text, const std::optional<std::string>& date,
         const std::optional<std::string>& lang, const std::optional<std::string>& title,
         const std::string& id) {
        base::Result<std::vector<std::string>> r = base::Status::Internal("not run");
        {
          py::gil_scoped_release release;
          r = ExtractText(text, date, lang, title, id);
        }
        return LoadsAll(Take(std::move(r)));
      },
      py::arg("text"), py::arg("date") = py::none(), py::arg("lang") = py::none(),
      py::arg("title") = py::none(), py::arg("id") = "snippet",
      "The CAMEO events of a text snippet, as `dipgraph extract` prints them");
}
