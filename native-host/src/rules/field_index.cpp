#include "rules/field_index.hpp"

namespace beian {
namespace {

bool is_within(const std::string& pointer, const std::string& prefix) {
    return pointer == prefix ||
           (pointer.size() > prefix.size() && pointer.compare(0, prefix.size(), prefix) == 0 &&
            pointer[prefix.size()] == '/');
}

}  // namespace

FieldIndex::FieldIndex(const portal::Profile& profile, const nlohmann::json& dossier) {
    for (const auto& page : profile.pages()) {
        for (const auto& instance : portal::expand_page(page, dossier)) {
            page_objects_.emplace_back(instance.pointer, &page);
            const auto* object = portal::value_at(dossier, instance.pointer);
            for (const auto& field : page.fields) {
                const auto pointer = instance.pointer + field.path;
                occurrences_.push_back({pointer, instance.pointer, &page, &field,
                                        object && portal::condition_holds(field.when, *object)});
            }
        }
    }
}

FieldIndex::Location FieldIndex::locate(const std::string& pointer) const {
    Location best;
    std::size_t best_length = 0;
    for (const auto& occurrence : occurrences_) {
        if (is_within(pointer, occurrence.pointer) && occurrence.pointer.size() + 1 > best_length) {
            best = {occurrence.page, occurrence.field};
            best_length = occurrence.pointer.size() + 1;
        }
    }
    if (best.field) return best;
    for (const auto& [object_pointer, page] : page_objects_) {
        if (is_within(pointer, object_pointer) && object_pointer.size() + 1 > best_length) {
            best = {page, nullptr};
            best_length = object_pointer.size() + 1;
        }
    }
    return best;
}

}  // namespace beian
