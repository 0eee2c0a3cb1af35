#include "viz/renderer.h"

#include <cgraph.h>
#include <gvc.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <unistd.h>

#include "viz/style.h"

namespace dipgraph::viz {

namespace {

using base::Status;

// cgraph takes char* for names and values it never modifies; keep the
// casts in one place.
char* C(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* C(const char* s) { return const_cast<char*>(s); }

void Set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, C(name), C(value), C(""));
}

// Plain Graphviz labels interpret backslash escapes: keep user text literal
// except our own "\n" line breaks.
std::string EscapeLabel(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '"') {
      out += "\\\"";
    } else {
      out += c;
    }
  }
  return out;
}

// The shared Graphviz context (see the header on why only one).
std::mutex& GvcMutex() {
  static std::mutex m;
  return m;
}
GVC_t* SharedContext() {
  static GVC_t* gvc = gvContext();
  return gvc;
}

const char* EngineName(LayoutEngine e) {
  switch (e) {
    case LayoutEngine::kDot: return "dot";
    case LayoutEngine::kNeato: return "neato";
    case LayoutEngine::kFdp: return "fdp";
    case LayoutEngine::kSfdp: return "sfdp";
    case LayoutEngine::kCirco: return "circo";
  }
  return "dot";
}

const char* FormatName(OutputFormat f) {
  switch (f) {
    case OutputFormat::kSvg: return "svg";
    case OutputFormat::kPng: return "png";
    case OutputFormat::kPdf: return "pdf";
    case OutputFormat::kDot: return "dot";
  }
  return "svg";
}

// An HTML-like table listing the node kinds present and the four quad
// classes: one node, so it works with every layout engine.
std::string LegendHtml(const Diagram& d) {
  std::set<graph::ActorKind> kinds;
  bool events = false;
  for (const auto& n : d.nodes) {
    if (n.is_event) {
      events = true;
    } else {
      kinds.insert(n.kind);
    }
  }
  std::string h =
      "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\" "
      "COLOR=\"#999999\"><TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
  for (graph::ActorKind k : kinds) {
    const NodeStyle s = StyleForKind(k);
    h += "<TR><TD BGCOLOR=\"" + std::string(s.fill) + "\" BORDER=\"1\" WIDTH=\"18\"> </TD><TD ALIGN=\"LEFT\">" +
         std::string(s.kind_name) + "</TD></TR>";
  }
  for (int q = 1; q <= 4; ++q) {
    static const char* kNames[] = {"", "verbal cooperation", "material cooperation",
                                   "verbal conflict", "material conflict"};
    h += "<TR><TD BGCOLOR=\"" + std::string(ColorForQuad(q)) +
         "\" WIDTH=\"18\" HEIGHT=\"6\"> </TD><TD ALIGN=\"LEFT\">" + kNames[q] + "</TD></TR>";
  }
  if (!events) {
    h += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">arrow: directed action; line: joint action</TD></TR>"
         "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">width: mentions (log scale)</TD></TR>";
  }
  h += "</TABLE>";
  return h;
}

Status Validate(const Diagram& d) {
  if (d.nodes.empty()) {
    return Status::InvalidArgument("nothing to draw: the selection is empty");
  }
  std::set<std::string> ids;
  for (const auto& n : d.nodes) {
    if (!ids.insert(n.id).second) {
      return Status::InvalidArgument("duplicate diagram node \"" + n.id + "\"");
    }
  }
  for (const auto& e : d.edges) {
    if (!ids.count(e.from) || !ids.count(e.to)) {
      return Status::InvalidArgument("edge " + e.from + " -> " + e.to +
                                     " names a node that is not drawn");
    }
  }
  for (const auto& r : d.ranks) {
    for (const auto& id : r.nodes) {
      if (!ids.count(id)) {
        return Status::InvalidArgument("timeline column \"" + r.label +
                                       "\" names unknown node \"" + id + "\"");
      }
    }
  }
  return Status::OK();
}

// Builds the cgraph graph. REQUIRES: Validate(d).ok().
Agraph_t* BuildGraph(const Diagram& d) {
  Agraph_t* g = agopen(C("dipgraph"), Agdirected, nullptr);
  const bool timeline = !d.ranks.empty();
  std::string title = EscapeLabel(d.title);
  if (!d.subtitle.empty()) title += "\\n" + EscapeLabel(d.subtitle);
  Set(g, "label", title);
  Set(g, "labelloc", "t");
  Set(g, "fontname", "Helvetica");
  Set(g, "fontsize", "16");
  Set(g, "bgcolor", "white");
  Set(g, "pad", "0.3");
  if (timeline) {
    Set(g, "rankdir", "LR");
    Set(g, "nodesep", "0.15");
    Set(g, "ranksep", "0.4");
    Set(g, "size", "80,30");  // inches; only ever scales a drawing down
  } else {
    Set(g, "overlap", "false");
    // Spline routing around nodes is what makes neato/sfdp slow on dense
    // graphs (6 s instead of 0.2 s for 60 nodes and 500 edges).
    if (d.edges.size() <= 150) Set(g, "splines", "true");
    Set(g, "sep", "+8");
    Set(g, "size", "30,30");
    if (d.edges.size() > 150) {
      // dot's crossing minimisation and network simplex grow steeply with
      // dense graphs (77 s for 60 nodes and 500 edges at the defaults,
      // under 3 s with these limits on a loaded machine): bound their
      // iterations. The force-directed engines ignore both.
      Set(g, "mclimit", "0.3");
      Set(g, "nslimit", "2");
      Set(g, "nslimit1", "2");
    }
  }
  agattr(g, AGNODE, C("fontname"), C("Helvetica"));
  agattr(g, AGNODE, C("fontsize"), C("11"));
  agattr(g, AGEDGE, C("fontname"), C("Helvetica"));
  agattr(g, AGEDGE, C("fontsize"), C("9"));

  for (const auto& n : d.nodes) {
    Agnode_t* node = agnode(g, C(n.id), 1);
    Set(node, "id", "node:" + n.id);
    Set(node, "label", EscapeLabel(n.label));
    if (!n.tooltip.empty()) Set(node, "tooltip", EscapeLabel(n.tooltip));
    if (n.is_event) {
      Set(node, "shape", "box");
      Set(node, "style", "filled,rounded");
      Set(node, "fillcolor", "#ffffff");
      Set(node, "color", std::string(ColorForQuad(n.quad)));
      Set(node, "penwidth", "2");
      Set(node, "fontsize", "10");
    } else {
      const NodeStyle s = StyleForKind(n.kind);
      Set(node, "shape", std::string(s.shape));
      Set(node, "style", std::string(s.style));
      Set(node, "fillcolor", std::string(s.fill));
      Set(node, "class", "kind-" + std::string(graph::ActorKindName(n.kind)));
    }
    if (n.highlight) {
      Set(node, "penwidth", "3");
      Set(node, "color", "#000000");
    }
  }

  int edge_no = 0;
  for (const auto& e : d.edges) {
    Agnode_t* from = agnode(g, C(e.from), 0);
    Agnode_t* to = agnode(g, C(e.to), 0);
    const std::string name = "e" + std::to_string(edge_no++);
    Agedge_t* edge = agedge(g, from, to, C(name), 1);
    if (e.invisible) {
      Set(edge, "style", "invis");
      Set(edge, "weight", "10");
      continue;
    }
    Set(edge, "id", "edge:" + e.from + "->" + e.to);
    Set(edge, "class", "quad-" + std::to_string(e.quad));
    Set(edge, "color", std::string(ColorForQuad(e.quad)));
    char width[32];
    std::snprintf(width, sizeof width, "%.2f", PenWidthForMentions(e.mentions));
    Set(edge, "penwidth", width);
    if (!e.directed) Set(edge, "dir", "none");
    if (!e.label.empty()) Set(edge, "label", EscapeLabel(e.label));
    if (!e.tooltip.empty()) {
      Set(edge, "tooltip", EscapeLabel(e.tooltip));
      Set(edge, "labeltooltip", EscapeLabel(e.tooltip));
    }
  }

  // Timeline: one column per date bucket, ordered by invisible edges
  // between the column headers.
  Agnode_t* prev_header = nullptr;
  int rank_no = 0;
  for (const auto& r : d.ranks) {
    const std::string sub_name = "rank" + std::to_string(rank_no);
    Agraph_t* sub = agsubg(g, C(sub_name), 1);
    Set(sub, "rank", "same");
    const std::string header_id = "header:" + std::to_string(rank_no);
    Agnode_t* header = agnode(sub, C(header_id), 1);
    Set(header, "id", header_id);
    Set(header, "label", EscapeLabel(r.label));
    Set(header, "shape", "plaintext");
    Set(header, "fontsize", "13");
    Agnode_t* above = header;
    for (const auto& id : r.nodes) {
      Agnode_t* n = agnode(g, C(id), 0);
      agsubnode(sub, n, 1);
      Agedge_t* order = agedge(g, above, n, C(sub_name + ":" + id), 1);
      Set(order, "style", "invis");
      above = n;
    }
    if (prev_header != nullptr) {
      Agedge_t* order = agedge(g, prev_header, header, C("order" + std::to_string(rank_no)), 1);
      Set(order, "style", "invis");
      Set(order, "weight", "100");
    }
    prev_header = header;
    ++rank_no;
  }

  if (d.legend) {
    Agnode_t* legend = agnode(g, C("legend"), 1);
    Set(legend, "id", "legend");
    Set(legend, "shape", "plaintext");
    Set(legend, "fontsize", "9");
    agsafeset(legend, C("label"), agstrdup_html(g, C(LegendHtml(d))), C(""));
  }
  return g;
}

}  // namespace

base::Result<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "svg") return OutputFormat::kSvg;
  if (name == "png") return OutputFormat::kPng;
  if (name == "pdf") return OutputFormat::kPdf;
  if (name == "dot" || name == "gv") return OutputFormat::kDot;
  return Status::InvalidArgument("unknown format \"" + std::string(name) +
                                 "\" (want svg, png, pdf or dot)");
}

base::Result<OutputFormat> OutputFormatForPath(std::string_view path) {
  const std::string ext = std::filesystem::path(std::string(path)).extension().string();
  if (ext.size() < 2) {
    return Status::InvalidArgument(std::string(path) +
                                   ": no file extension; give --format svg|png|pdf|dot");
  }
  auto f = ParseOutputFormat(ext.substr(1));
  if (!f.ok()) return f.status().WithContext(std::string(path));
  return f;
}

base::Result<LayoutEngine> ParseLayoutEngine(std::string_view name) {
  if (name == "dot") return LayoutEngine::kDot;
  if (name == "neato") return LayoutEngine::kNeato;
  if (name == "fdp") return LayoutEngine::kFdp;
  if (name == "sfdp") return LayoutEngine::kSfdp;
  if (name == "circo") return LayoutEngine::kCirco;
  return Status::InvalidArgument("unknown layout \"" + std::string(name) +
                                 "\" (want dot, neato, fdp, sfdp or circo)");
}

base::Result<std::string> Render(const Diagram& diagram,
                                 const RenderOptions& options) {
  DIPGRAPH_RETURN_IF_ERROR(Validate(diagram));
  const LayoutEngine engine =
      diagram.ranks.empty() ? options.layout : LayoutEngine::kDot;
  std::lock_guard<std::mutex> lock(GvcMutex());
  GVC_t* gvc = SharedContext();
  if (gvc == nullptr) return Status::Internal("Graphviz: no context");
  Agraph_t* g = BuildGraph(diagram);
  if (gvLayout(gvc, g, EngineName(engine)) != 0) {
    agclose(g);
    return Status::Internal(std::string("Graphviz: layout with ") +
                            EngineName(engine) + " failed");
  }
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(gvc, g, FormatName(options.format), &data, &length);
  std::string out;
  if (rc == 0 && data != nullptr) out.assign(data, length);
  if (data != nullptr) gvFreeRenderData(data);
  gvFreeLayout(gvc, g);
  agclose(g);
  if (rc != 0 || out.empty()) {
    return Status::Internal(std::string("Graphviz: rendering ") +
                            FormatName(options.format) + " failed");
  }
  return out;
}

Status RenderToFile(const Diagram& diagram, const RenderOptions& options,
                    const std::string& path) {
  DIPGRAPH_ASSIGN_OR_RETURN(std::string bytes, Render(diagram, options));
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) {
    return Status::IOError(path + ": cannot write: " + std::strerror(errno));
  }
  const bool wrote = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  const bool closed = std::fclose(f) == 0;
  if (!wrote || !closed) {
    std::remove(tmp.c_str());
    return Status::IOError(path + ": write failed: " + std::strerror(errno));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    std::remove(tmp.c_str());
    return Status::IOError(path + ": cannot write: " + std::strerror(err));
  }
  return Status::OK();
}

}  // namespace dipgraph::viz
