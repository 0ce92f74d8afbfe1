// Every portal field occurring in a dossier: the profile's pages expanded over
// the dossier's objects. Rules iterate it (required, length, format) and
// findings are labelled from it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "portal/page_instances.hpp"
#include "portal/profile.hpp"

namespace beian {

struct FieldOccurrence {
    std::string pointer;         // absolute pointer of the value
    std::string object_pointer;  // the page object it belongs to
    const portal::ProfilePage* page = nullptr;
    const portal::ProfileField* field = nullptr;
    bool applies = true;  // false when the field's "when" condition does not hold
};

class FieldIndex {
  public:
    FieldIndex(const portal::Profile& profile, const nlohmann::json& dossier);

    const std::vector<FieldOccurrence>& occurrences() const { return occurrences_; }

    // The field at pointer or the nearest enclosing one; page-only matches
    // (a page object itself) give a page without a field.
    struct Location {
        const portal::ProfilePage* page = nullptr;
        const portal::ProfileField* field = nullptr;
    };
    Location locate(const std::string& pointer) const;

  private:
    std::vector<FieldOccurrence> occurrences_;
    // By pointer, the first of each, so that locate() looks up the pointer
    // and its ancestors instead of scanning: it runs once per finding, and a
    // dossier can have thousands of both.
    std::unordered_map<std::string, std::size_t> by_pointer_;
    std::unordered_map<std::string, const portal::ProfilePage*> page_objects_;
};

}  // namespace beian
