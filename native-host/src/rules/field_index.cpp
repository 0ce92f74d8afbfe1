#include "rules/field_index.hpp"

namespace beian {

FieldIndex::FieldIndex(const portal::Profile& profile, const nlohmann::json& dossier) {
    for (const auto& page : profile.pages()) {
        for (const auto& instance : portal::expand_page(page, dossier)) {
            page_objects_.emplace(instance.pointer, &page);
            const auto* object = portal::value_at(dossier, instance.pointer);
            for (const auto& field : page.fields) {
                const auto pointer = instance.pointer + field.path;
                by_pointer_.emplace(pointer, occurrences_.size());
                occurrences_.push_back({pointer, instance.pointer, &page, &field,
                                        object && portal::condition_holds(field.when, *object)});
            }
        }
    }
}

// The deepest field at or above pointer, else the deepest page object: the
// pointer itself, then each ancestor ("/a/b/c", "/a/b", "/a", "").
FieldIndex::Location FieldIndex::locate(const std::string& pointer) const {
    for (auto prefix = pointer;; prefix.resize(prefix.rfind('/'))) {
        if (const auto it = by_pointer_.find(prefix); it != by_pointer_.end())
            return {occurrences_[it->second].page, occurrences_[it->second].field};
        if (prefix.empty() || prefix.find('/') == std::string::npos) break;
    }
    for (auto prefix = pointer;; prefix.resize(prefix.rfind('/'))) {
        if (const auto it = page_objects_.find(prefix); it != page_objects_.end())
            return {it->second, nullptr};
        if (prefix.empty() || prefix.find('/') == std::string::npos) break;
    }
    return {};
}

}  // namespace beian
