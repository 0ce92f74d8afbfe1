#include "filing/dossier_diff.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace beian::filing {
using nlohmann::json;

namespace {

// Keys of page objects that are bookkeeping kept by the host, not portal fields.
constexpr std::string_view kIgnoredKeys[] = {"filing"};

// Element members that name the objects an element is about (a 关联产品功能
// link), added to its entry's target.
constexpr std::string_view kTargetMembers[] = {"algorithm", "product", "accessPath", "function"};

bool all_scalars(const json& array) {
    return std::all_of(array.begin(), array.end(),
                       [](const json& v) { return !v.is_array() && !v.is_object(); });
}

// A form in which set-like arrays are sorted, so == is the portal's sameness.
json normalized(const json& value, bool ordered) {
    if (value.is_object()) {
        json out = json::object();
        for (const auto& [key, member] : value.items()) out[key] = normalized(member, ordered);
        return out;
    }
    if (!value.is_array()) return value;
    std::vector<std::pair<std::string, json>> elements;
    for (const auto& element : value) {
        auto n = normalized(element, ordered);
        auto key = n.dump();
        elements.emplace_back(std::move(key), std::move(n));
    }
    if (!(ordered && all_scalars(value)))
        std::sort(elements.begin(), elements.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
    json out = json::array();
    for (auto& element : elements) out.push_back(std::move(element.second));
    return out;
}

// How an element of a list of objects is recognised in the other version.
std::string element_key(const json& element) {
    if (element.is_object())
        if (const auto id = element.find("id"); id != element.end() && id->is_string())
            return "#" + id->get<std::string>();
    return "=" + normalized(element, false).dump();
}

bool is_absent(const json* value) { return value == nullptr || value->is_null(); }

bool holds_objects(const json* value) {
    return value && value->is_array() && !value->empty() && (*value)[0].is_object();
}

std::string page_label(const portal::ProfilePage& page) {
    return page.step.empty() ? page.title : page.step;
}

struct Sides {
    const json& before;
    const json& after;
};

class Differ {
  public:
    Differ(Sides sides, ChangeEntries& out) : sides_(sides), out_(out) {}

    void field(const portal::ProfilePage& page, const portal::ProfileField& field,
               const portal::PageInstance& b, const portal::PageInstance& a) {
        const auto* object_b = portal::value_at(sides_.before, b.pointer);
        const auto* object_a = portal::value_at(sides_.after, a.pointer);
        if (!(object_b && portal::condition_holds(field.when, *object_b)) &&
            !(object_a && portal::condition_holds(field.when, *object_a)))
            return;  // hidden on the portal in both versions
        const auto path_b = b.pointer + field.path, path_a = a.pointer + field.path;
        const auto* vb = portal::value_at(sides_.before, path_b);
        const auto* va = portal::value_at(sides_.after, path_a);
        if (is_absent(vb) && is_absent(va)) return;
        if (vb && va && *vb == *va) return;  // the common case, without normalizing
        if ((holds_objects(vb) || holds_objects(va)) && (is_absent(vb) || vb->is_array()) &&
            (is_absent(va) || va->is_array())) {
            elements(page, field, a.target, vb, va, path_b, path_a);
            return;
        }
        const bool ordered = field.control == "cascader";
        if (!is_absent(vb) && !is_absent(va) &&
            normalized(*vb, ordered) == normalized(*va, ordered))
            return;
        const auto kind = is_absent(vb)   ? ChangeKind::Added
                          : is_absent(va) ? ChangeKind::Removed
                                          : ChangeKind::Changed;
        push(page, field, a.target, kind == ChangeKind::Removed ? path_b : path_a, kind,
             vb ? *vb : json(), va ? *va : json());
    }

    void object(const portal::ProfilePage& page, const portal::PageInstance& instance,
                ChangeKind kind) {
        out_.push_back({page.id, instance.target, instance.pointer, "", page_label(page), kind,
                        false, json(), json()});
    }

    void other_content(const portal::ProfilePage& page, const portal::PageInstance& instance) {
        // Values are left out: what is there is not described by the profile.
        out_.push_back({page.id, instance.target, instance.pointer, "", "其他内容",
                        ChangeKind::Changed, false, json(), json()});
    }

  private:
    // A list of objects (links, 前置许可, 其他附件): one entry per element
    // added, removed or (matched by id) changed.
    void elements(const portal::ProfilePage& page, const portal::ProfileField& field,
                  const portal::Target& target, const json* vb, const json* va,
                  const std::string& path_b, const std::string& path_a) {
        const auto index = [](const json* list) {
            std::map<std::string, std::vector<std::size_t>> keys;
            if (list && list->is_array())
                for (std::size_t i = 0; i < list->size(); ++i)
                    keys[element_key((*list)[i])].push_back(i);
            return keys;
        };
        const auto keys_b = index(vb), keys_a = index(va);
        const auto count = [](const auto& keys, const std::string& key) {
            const auto it = keys.find(key);
            return it == keys.end() ? std::size_t{0} : it->second.size();
        };
        for (const auto& [key, positions] : keys_a) {
            const auto matched = count(keys_b, key);
            for (std::size_t n = 0; n < positions.size(); ++n) {
                const auto& element = (*va)[positions[n]];
                const auto path = path_a + "/" + std::to_string(positions[n]);
                if (n >= matched) {
                    push(page, field, with_members(target, element), path, ChangeKind::Added,
                         json(), element);
                } else if (key[0] == '#') {
                    const auto& old = (*vb)[keys_b.at(key)[n]];
                    if (normalized(old, false) != normalized(element, false))
                        push(page, field, with_members(target, element), path, ChangeKind::Changed,
                             old, element);
                }
            }
        }
        for (const auto& [key, positions] : keys_b)
            for (std::size_t n = count(keys_a, key); n < positions.size(); ++n) {
                const auto& element = (*vb)[positions[n]];
                push(page, field, with_members(target, element),
                     path_b + "/" + std::to_string(positions[n]), ChangeKind::Removed, element,
                     json());
            }
    }

    static portal::Target with_members(portal::Target target, const json& element) {
        if (!element.is_object()) return target;
        for (const auto member : kTargetMembers)
            if (const auto it = element.find(member); it != element.end() && it->is_string())
                target[std::string(member)] = it->get<std::string>();
        return target;
    }

    void push(const portal::ProfilePage& page, const portal::ProfileField& field,
              const portal::Target& target, const std::string& path, ChangeKind kind,
              const json& before, const json& after) {
        ChangeEntry entry{page.id, target,          path,   field.id, field.label,
                          kind,    field.sensitive, json(), json()};
        if (!field.sensitive) {
            entry.before = before;
            entry.after = after;
        }
        out_.push_back(std::move(entry));
    }

    Sides sides_;
    ChangeEntries& out_;
};

// Erases a field's relative pointer ("/basic/name") from a copy of its object.
void erase_path(json& object, const std::string& pointer) {
    const auto slash = pointer.rfind('/');
    if (slash == std::string::npos) return;
    json* parent = &object;
    if (slash > 0) {
        const json::json_pointer parent_pointer(pointer.substr(0, slash));
        if (!object.contains(parent_pointer)) return;
        parent = &object[parent_pointer];
    }
    if (parent->is_object()) parent->erase(pointer.substr(slash + 1));
}

void prune_empty(json& value) {
    if (!value.is_object()) return;
    for (auto it = value.begin(); it != value.end();) {
        prune_empty(*it);
        if (it->is_object() && it->empty())
            it = value.erase(it);
        else
            ++it;
    }
}

// What a page object holds beyond its fields, nested pages and bookkeeping:
// a change there must still be reported, if only as "other content".
json remainder(const json* object, const std::vector<const portal::ProfileField*>& fields,
               const std::set<std::string>& nested_keys) {
    if (!object) return json();
    json copy = *object;
    for (const auto* field : fields) erase_path(copy, field->path);
    if (copy.is_object()) {
        for (const auto& key : nested_keys) copy.erase(key);
        for (const auto key : kIgnoredKeys) copy.erase(std::string(key));
    }
    prune_empty(copy);
    return normalized(copy, false);
}

const portal::PageInstance* find_by_target(const std::vector<portal::PageInstance>& instances,
                                           const portal::Target& target) {
    for (const auto& instance : instances)
        if (instance.target == target) return &instance;
    return nullptr;
}

}  // namespace

bool same_value(const json& a, const json& b, bool ordered) {
    return normalized(a, ordered) == normalized(b, ordered);
}

ChangeEntries diff_dossiers(const json& before, const json& after, const portal::Profile& profile) {
    ChangeEntries out;
    Differ differ({before, after}, out);
    // Pages sharing an object template (算法基础/详细属性, 技术服务方式) report an
    // added or removed object once, on the first of them.
    std::map<std::string, std::vector<const portal::ProfileField*>> group_fields;
    for (const auto& page : profile.pages())
        for (const auto& field : page.fields) group_fields[page.object].push_back(&field);
    std::set<std::string> reported_groups;
    for (const auto& page : profile.pages()) {
        const bool first_of_group = reported_groups.insert(page.object).second;
        const auto instances_b = portal::expand_page(page, before);
        const auto instances_a = portal::expand_page(page, after);
        std::set<std::string> nested_keys;
        for (const auto& other : profile.pages())
            if (!page.object.empty() && other.object.starts_with(page.object + "/")) {
                const auto rest = other.object.substr(page.object.size() + 1);
                nested_keys.insert(rest.substr(0, rest.find('/')));
            }
        for (const auto& a : instances_a) {
            const auto* b = find_by_target(instances_b, a.target);
            if (!b) {
                if (first_of_group) differ.object(page, a, ChangeKind::Added);
                continue;
            }
            const auto* object_b = portal::value_at(before, b->pointer);
            const auto* object_a = portal::value_at(after, a.pointer);
            if (object_b && object_a && *object_b == *object_a) continue;  // nothing to see
            for (const auto& field : page.fields) differ.field(page, field, *b, a);
            if (first_of_group && !page.object.empty() &&
                remainder(object_b, group_fields[page.object], nested_keys) !=
                    remainder(object_a, group_fields[page.object], nested_keys))
                differ.other_content(page, a);
        }
        if (!first_of_group) continue;
        for (const auto& b : instances_b)
            if (!find_by_target(instances_a, b.target)) differ.object(page, b, ChangeKind::Removed);
    }
    return out;
}

std::string_view to_string(ChangeKind kind) {
    switch (kind) {
        case ChangeKind::Added:
            return "added";
        case ChangeKind::Removed:
            return "removed";
        case ChangeKind::Changed:
            return "changed";
    }
    return "changed";
}

json to_json(const ChangeEntry& entry) {
    json out = {
        {"page", entry.page},   {"target", entry.target},        {"path", entry.path},
        {"label", entry.label}, {"kind", to_string(entry.kind)}, {"sensitive", entry.sensitive}};
    if (!entry.field.empty()) out["field"] = entry.field;
    if (!entry.before.is_null()) out["before"] = entry.before;
    if (!entry.after.is_null()) out["after"] = entry.after;
    return out;
}

}  // namespace beian::filing
