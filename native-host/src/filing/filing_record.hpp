// The filing record of a dossier: what was submitted, approved, returned or
// deregistered, for the entity and for each algorithm, and which revision it
// was. Kept in the dossier itself (meta.baselines, append-only) rather than in
// a sidecar: it then travels with export/import, is versioned with the rest
// (who recorded it, when, undoable by history), is written under the same lock
// and atomic save, and needs no second file to keep consistent. The host owns
// it: dossier.save carries it over and only marks (filing_mark.hpp) add to it.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "filing/change_impact.hpp"

namespace beian::filing {

// Bad input to a filing operation (a user's mistake, not a storage failure).
// Messages name revisions, ids and codes, never dossier values.
class FilingInputError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

enum class MarkStatus { Submitted, Approved, Returned, Deregistered };

std::string_view to_string(MarkStatus status);
std::optional<MarkStatus> parse_mark_status(std::string_view text);

// A reviewer's comment on a returned filing, tied to a field or attachment by
// its JSON Pointer in the returned revision.
struct ReviewComment {
    std::string path;
    std::string text;
};

struct FilingMark {
    std::int64_t revision = 0;  // the dossier revision the mark is about
    Scope scope;
    MarkStatus status = MarkStatus::Submitted;
    std::string number;  // 备案编号, approved algorithms only
    std::string date;    // YYYY-MM-DD, the portal's date of the event
    std::string recorded_at;
    std::string note;
    std::vector<ReviewComment> comments;  // returned only
};

using FilingMarks = std::vector<FilingMark>;

// meta.baselines in recording order; malformed items are skipped.
FilingMarks marks_of(const nlohmann::json& dossier);

nlohmann::json to_json(const FilingMark& mark);

// The newest mark of the scope (with that status, when given), or nullptr.
const FilingMark* latest_mark(const FilingMarks& marks, const Scope& scope,
                              std::optional<MarkStatus> status = std::nullopt);

// Every scope with a mark or present in the dossier: entity, then algorithms
// in dossier order, then algorithms only the record still knows.
std::vector<Scope> known_scopes(const nlohmann::json& dossier, const FilingMarks& marks);

// The revision number of a dossier (meta.revision), 0 when absent.
std::int64_t revision_of(const nlohmann::json& dossier);

// Index of the algorithm with this id in dossier.algorithms, or nullopt.
std::optional<std::size_t> algorithm_index(const nlohmann::json& dossier, const std::string& id);

}  // namespace beian::filing
