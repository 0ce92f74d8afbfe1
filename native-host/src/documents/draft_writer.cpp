#include "documents/draft_writer.hpp"

#include <cctype>

#include "documents/blank_marker.hpp"
#include "documents/docx_package.hpp"
#include "documents/fact_text.hpp"
#include "documents/templates.hpp"
#include "portal/page_instances.hpp"
#include "storage/atomic_file.hpp"
#include "storage/storage_error.hpp"
#include "util/json_member.hpp"
#include "util/sha256.hpp"

namespace beian::documents {
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct DocumentSpec {
    const char* document;
    const char* field;      // profile id of the upload field
    const char* file_stem;  // the file is named after the document
    bool per_algorithm;
    DocxDocument (*build)(DraftBuilder&);
};

constexpr DocumentSpec kDocuments[] = {
    {"commitmentLetter", "entity.attachments.commitmentLetter", "算法备案承诺书", false,
     commitment_letter},
    {"responsibilityReport", "entity.attachments.responsibilityReport",
     "落实算法安全主体责任基本情况", false, responsibility_report},
    {"selfAssessmentReport", "algorithm.basic.attachments.selfAssessmentReport",
     "算法安全自评估报告", true, self_assessment_report},
    {"publicDisclosure", "algorithm.basic.attachments.publicDisclosure", "拟公示内容", true,
     public_disclosure},
};

std::size_t blanks_in(const DocxDocument& document) {
    std::size_t count = 0;
    for (const auto& block : document.blocks) {
        for (const auto& span : block.spans) count += count_blanks(span.text);
        for (const auto& row : block.rows)
            for (const auto& span : row.value) count += count_blanks(span.text);
    }
    return count;
}

// Inside the dossiers directory a path is kept relative, as attachment.read
// and the bundles expect; elsewhere it is absolute.
std::string recorded_path(const fs::path& file, const fs::path& dossiers) {
    const auto relative = file.lexically_relative(dossiers);
    if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
    return file.string();
}

json record_of(const WrittenDraft& draft) {
    json record = {{"path", draft.path},
                   {"sha256", draft.sha256},
                   {"size", draft.size},
                   {"mediaType", kDocxMediaType}};
    if (!draft.declared.empty()) record["declared"] = draft.declared;
    return record;
}

// The dossier with every draft recorded where it may be; sets each record.
json apply_drafts(json dossier, std::vector<WrittenDraft>& drafts) {
    for (auto& draft : drafts) {
        const json::json_pointer slot(draft.slot);
        const auto record = record_of(draft);
        const bool occupied = dossier.contains(slot) && !dossier[slot].is_null();
        if (occupied && !is_word_file(dossier[slot])) {
            draft.record = "kept";
        } else if (occupied && dossier[slot] == record) {
            draft.record = "unchanged";
        } else {
            dossier[slot] = record;
            draft.record = "recorded";
        }
    }
    return dossier;
}

std::optional<std::size_t> algorithm_index(const json& dossier, const std::string& id) {
    const auto it = dossier.find("algorithms");
    if (it == dossier.end() || !it->is_array()) return std::nullopt;
    for (std::size_t i = 0; i < it->size(); ++i)
        if (string_member((*it)[i], "id") == id) return i;
    return std::nullopt;
}

std::string recorded_hash(const json& dossier, const std::string& slot) {
    const auto* attachment = portal::value_at(dossier, slot);
    return attachment ? string_member(*attachment, "sha256") : "";
}

// Where the draft may go: its own name, unless a file there holds something
// else than this draft or the one the dossier recorded (the filer's edits);
// then a new name, so that nothing the filer wrote is lost.
fs::path free_target(const fs::path& wanted, const std::string& bytes, const std::string& recorded,
                     std::int64_t revision) {
    fs::path target = wanted;
    for (int attempt = 1;; ++attempt) {
        const auto existing = storage::read_file(target);
        if (!existing || *existing == bytes || sha256_hex(*existing) == recorded) return target;
        target =
            wanted.parent_path() / (wanted.stem().string() + "-r" + std::to_string(revision) +
                                    (attempt > 1 ? "-" + std::to_string(attempt) : "") + ".docx");
    }
}

WrittenDraft write_one(const DocumentSpec& spec, const json& dossier,
                       const portal::Profile& profile, std::optional<std::size_t> algorithm,
                       CivilDate today, const fs::path& directory, const fs::path& dossiers) {
    DraftBuilder builder(dossier, profile, algorithm, today);
    const auto document = spec.build(builder);
    const auto bytes = docx_bytes(document);
    const auto ref = field_by_id(profile, spec.field);
    WrittenDraft draft;
    draft.document = spec.document;
    draft.label = ref.field ? ref.field->label : spec.file_stem;
    draft.algorithm = builder.algorithm_id();
    draft.slot = (algorithm ? "/algorithms/" + std::to_string(*algorithm) + "/basic" : "/entity") +
                 std::string("/attachments/") + spec.document;
    // Algorithm ids are [a-z0-9-], safe in a file name on every system.
    const auto wanted = directory / (std::string(spec.file_stem) +
                                     (algorithm ? "-" + builder.algorithm_id() : "") + ".docx");
    draft.file = free_target(wanted, bytes, recorded_hash(dossier, draft.slot),
                             dossier["meta"].value("revision", std::int64_t{0}));
    if (draft.file != wanted) draft.preserved = recorded_path(wanted, dossiers);
    storage::write_file_atomically(draft.file, bytes);
    draft.path = recorded_path(draft.file, dossiers);
    draft.sha256 = sha256_hex(bytes);
    draft.size = bytes.size();
    draft.blanks = blanks_in(document);
    draft.missing = builder.missing();
    draft.declared = builder.declared();
    return draft;
}

}  // namespace

DraftResult write_drafts(storage::DossierStore& store, const portal::Profile& profile,
                         const DraftRequest& request, CivilDate today,
                         const storage::RevisionNote& note) {
    const auto dossier = store.load(request.id);
    const auto base = dossier["meta"].value("revision", std::int64_t{0});
    std::optional<std::size_t> only;
    if (request.algorithm) {
        only = algorithm_index(dossier, *request.algorithm);
        if (!only)
            throw storage::StorageError(
                storage::StorageErrorKind::NotFound,
                "the dossier has no algorithm '" + *request.algorithm + "'");
    }
    DraftResult result;
    result.id = request.id;
    result.directory =
        fs::absolute(request.directory.value_or(store.directory() / (request.id + ".documents")));
    storage::ensure_private_directory(result.directory);
    const auto dossiers = fs::absolute(store.directory());
    const auto count = dossier.contains("algorithms") && dossier["algorithms"].is_array()
                           ? dossier["algorithms"].size()
                           : 0;
    // The entity's documents, then each algorithm's.
    for (const auto& spec : kDocuments)
        if (!spec.per_algorithm && !only)
            result.drafts.push_back(
                write_one(spec, dossier, profile, std::nullopt, today, result.directory, dossiers));
    for (std::size_t i = 0; i < count; ++i)
        for (const auto& spec : kDocuments)
            if (spec.per_algorithm && (!only || *only == i))
                result.drafts.push_back(
                    write_one(spec, dossier, profile, i, today, result.directory, dossiers));
    const auto updated = apply_drafts(dossier, result.drafts);
    result.revision = base;
    if (updated == dossier) return result;
    const auto saved = store.update(
        request.id, [&](const json& current) { return apply_drafts(current, result.drafts); }, note,
        base);
    result.revision = saved.revision;
    result.saved = true;
    return result;
}

json to_json(const DraftResult& result) {
    json drafts = json::array();
    for (const auto& draft : result.drafts) {
        json item = {
            {"document", draft.document}, {"label", draft.label},        {"slot", draft.slot},
            {"path", draft.path},         {"file", draft.file.string()}, {"sha256", draft.sha256},
            {"size", draft.size},         {"blanks", draft.blanks},      {"missing", draft.missing},
            {"declared", draft.declared}, {"record", draft.record}};
        if (!draft.algorithm.empty()) item["algorithm"] = draft.algorithm;
        if (!draft.preserved.empty()) item["preserved"] = draft.preserved;
        drafts.push_back(std::move(item));
    }
    return {{"id", result.id},
            {"revision", result.revision},
            {"saved", result.saved},
            {"directory", result.directory.string()},
            {"drafts", drafts}};
}

}  // namespace beian::documents
