// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Catalog records as plain values. Every record carries its provenance (source, date,
// confidence) and the list of its fields that are our own estimates, so that whatever uses
// a value can say where it came from and whether it is an estimate.

#include "money.h"

#include <optional>
#include <string>
#include <vector>

namespace ccp {

enum class Confidence { High, Medium, Low, Unverified };

struct Provenance
{
    std::string source;
    std::string sourceZh; // the source in Simplified Chinese; empty when not rendered
    std::string date;
    Confidence confidence = Confidence::Unverified;
    std::vector<std::string> estimates; // keys of the record's fields that are estimates
    std::string notes;
    std::string notesZh; // the notes in Simplified Chinese; empty when not translated

    bool isEstimate(const std::string &field) const;
};

struct RecordBase
{
    std::string id;
    std::string name;
    std::string nameZh;
    Provenance provenance;
};

enum class Market { Available, ExportVariant, Restricted, Domestic };

struct Card : RecordBase
{
    std::string vendor;
    double bf16Tflops = 0;
    double fp8Tflops = 0;
    double memoryGb = 0;
    double memoryTbps = 0;
    double tdpW = 0;
    std::string scaleup;
    double scaleupGbyteS = 0;
    int scaleupDomain = 1;
    Money price;
    Market market = Market::Available;
    std::string standardServer;
    double softwareEfficiency = 1.0;
    std::string release;
};

struct Server : RecordBase
{
    std::string card;
    int cardsPerServer = 8;
    double maxPowerKw = 0;
    double busyPowerKw = 0;
    double idlePowerKw = 0;
    int rackUnits = 0;
    Money price;
    int nicsPerServer = 0;
};

struct Fabric : RecordBase
{
    std::string technology;
    double portGbps = 0;
    int switchRadix = 0;
    double switchPowerW = 0;
    Money switchPrice;
    int switchRackUnits = 1;
    Money nicPrice;
    double nicPowerW = 0;
    Money transceiverPrice;
    double transceiverPowerW = 0;
    int switchPortsPerTransceiver = 1;
    Money cablePrice;
};

struct StorageClass : RecordBase
{
    Money pricePerPb;
    double powerKwPerPb = 0;
    double pbPerRack = 1;
    double throughputGbyteSPerPb = 0;
};

struct Site : RecordBase
{
    std::string province;
    std::string hub;
    bool western = false;
    double powerPriceCnyPerKwh = 0;
    double pueLimit = 0;
    double typicalPue = 1.3;
    double carbonKgPerKwh = 0;
    double greenPowerShare = 0;
    double facilityCapexCnyPerKw = 0;
    double taxRate = 0.25;
    double gridCapacityKw = 0;
    double energyQuotaMwhPerYear = 0;
    double bandwidthCnyPerGbpsYear = 0;
};

// An open-weight large language model as served for inference (docs/methodology.md,
// "Inference"): the architecture figures that set its memory, bandwidth and compute per token.
struct LlmModel : RecordBase
{
    std::string developer;
    double paramsTotalB = 0;  // every parameter, billions: what memory holds
    double paramsActiveB = 0; // activated per token, billions: what a token computes (MoE < total)
    int layers = 0;
    int hiddenSize = 0;
    int attentionHeads = 0;
    int kvHeads = 0;          // key/value heads (grouped-query attention)
    int headDim = 0;          // per head
    int kvLoraRank = 0;       // multi-head latent attention's compressed KV; 0: not MLA
    int qkRopeHeadDim = 0;    // MLA's decoupled rotary key; 0: not MLA
    int experts = 0;          // routed experts per MoE layer; 0: dense
    int expertsPerToken = 0;  // routed experts a token activates
    int contextTokens = 0;
    std::string precisions;   // weight precisions published, space-separated ("bf16 fp8")
    std::string release;
    std::string license;

    bool isMoe() const { return experts > 0 && expertsPerToken > 0; }
    bool offers(const std::string &precision) const;
};

enum class RecordKind { Card, Server, Fabric, Storage, Site, Model };
// Every kind, in the catalog's order.
inline constexpr RecordKind kRecordKinds[] = {RecordKind::Card,    RecordKind::Server,
                                              RecordKind::Fabric,  RecordKind::Storage,
                                              RecordKind::Site,    RecordKind::Model};

struct Catalog
{
    std::vector<Card> cards;
    std::vector<Server> servers;
    std::vector<Fabric> fabrics;
    std::vector<StorageClass> storage;
    std::vector<Site> sites;
    std::vector<LlmModel> models;

    const Card *card(const std::string &id) const;
    const Server *server(const std::string &id) const;
    const Fabric *fabric(const std::string &id) const;
    const StorageClass *storageClass(const std::string &id) const;
    const Site *site(const std::string &id) const;
    const LlmModel *model(const std::string &id) const;
    // The record of any kind with this id; null when there is none.
    const RecordBase *record(RecordKind kind, const std::string &id) const;
    // Appends a copy of `from`'s record `id` of `kind`, if it has one.
    void copyRecord(const Catalog &from, RecordKind kind, const std::string &id);

    // Adds or replaces (same id) records of `other`; used for the entries a project embeds.
    void overlay(const Catalog &other);
};

const char *confidenceCode(Confidence c); // "H", "M", "L", "U"
std::optional<Confidence> confidenceFromCode(const std::string &code);
const char *marketCode(Market m);
std::optional<Market> marketFromCode(const std::string &code);
const char *recordKindCode(RecordKind k); // "card", "server", "fabric", "storage", "site", "model"

} // namespace ccp
