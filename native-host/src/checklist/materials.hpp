// The materials a filing needs: every item of the filing guide's §5 and
// every upload field of the portal (portal.md §3, §4a), as data. Where each
// lives in the dossier (its own upload field, or "其他附件" with an
// Attachment.kind), when it is needed, and how a person gets it.
#pragma once

#include <nlohmann/json.hpp>
#include <span>
#include <string_view>

namespace beian::checklist {

enum class Scope { Entity, Algorithm };

enum class Needed {
    Always,
    IcpLicensed,      // some product names an ICP 前置许可
    ThirdPartyModel,  // the algorithm's model is another party's
    Recommended,      // named by the guide, not by the portal
};

struct Material {
    std::string_view id;
    std::string_view zh;
    std::string_view en;
    std::string_view guide;  // the item of the guide's §5 ("" = the portal only)
    Scope scope;
    // Where the file is recorded: an upload field's profile id with its own
    // slot, or the "others" field holding Attachment.kind = kind.
    std::string_view field;
    std::string_view kind;  // "" for a field of its own
    Needed needed;
    bool stamped;             // signed and stamped, then scanned: a Word file is a draft
    bool certificate;         // 营业执照: expires with 主体信息's 证件有效期
    std::string_view how_zh;  // how to get it, for "missing"
    std::string_view how_en;
};

std::span<const Material> materials();

// Whether the dossier (and, for an algorithm's material, that algorithm)
// needs it; Recommended counts as not required.
bool is_required(const Material& material, const nlohmann::json& dossier,
                 const nlohmann::json* algorithm);

}  // namespace beian::checklist
