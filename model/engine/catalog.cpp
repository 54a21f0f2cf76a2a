// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include <algorithm>

namespace ccp {

bool Provenance::isEstimate(const std::string &field) const
{
    return confidence == Confidence::Unverified
           || std::find(estimates.begin(), estimates.end(), field) != estimates.end();
}

namespace {
template<typename T>
const T *findById(const std::vector<T> &records, const std::string &id)
{
    for (const T &r : records) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

template<typename T>
void overlayRecords(std::vector<T> &into, const std::vector<T> &from)
{
    for (const T &r : from) {
        auto it = std::find_if(into.begin(), into.end(), [&](const T &x) { return x.id == r.id; });
        if (it != into.end())
            *it = r;
        else
            into.push_back(r);
    }
}
} // namespace

const Card *Catalog::card(const std::string &id) const { return findById(cards, id); }
const Server *Catalog::server(const std::string &id) const { return findById(servers, id); }
const Fabric *Catalog::fabric(const std::string &id) const { return findById(fabrics, id); }
const StorageClass *Catalog::storageClass(const std::string &id) const
{
    return findById(storage, id);
}
const Site *Catalog::site(const std::string &id) const { return findById(sites, id); }
const LlmModel *Catalog::model(const std::string &id) const { return findById(models, id); }

const RecordBase *Catalog::record(RecordKind kind, const std::string &id) const
{
    switch (kind) {
    case RecordKind::Card: return card(id);
    case RecordKind::Server: return server(id);
    case RecordKind::Fabric: return fabric(id);
    case RecordKind::Storage: return storageClass(id);
    case RecordKind::Site: return site(id);
    case RecordKind::Model: break;
    }
    return model(id);
}

namespace {
template<typename T>
void copyFrom(const std::vector<T> &from, const std::string &id, std::vector<T> &into)
{
    if (const T *r = findById(from, id))
        into.push_back(*r);
}
} // namespace

void Catalog::copyRecord(const Catalog &from, RecordKind kind, const std::string &id)
{
    switch (kind) {
    case RecordKind::Card: copyFrom(from.cards, id, cards); return;
    case RecordKind::Server: copyFrom(from.servers, id, servers); return;
    case RecordKind::Fabric: copyFrom(from.fabrics, id, fabrics); return;
    case RecordKind::Storage: copyFrom(from.storage, id, storage); return;
    case RecordKind::Site: copyFrom(from.sites, id, sites); return;
    case RecordKind::Model: copyFrom(from.models, id, models); return;
    }
}

bool LlmModel::offers(const std::string &precision) const
{
    std::size_t start = 0;
    while (start < precisions.size()) {
        std::size_t end = precisions.find(' ', start);
        if (end == std::string::npos)
            end = precisions.size();
        if (precisions.compare(start, end - start, precision) == 0)
            return true;
        start = end + 1;
    }
    return false;
}

void Catalog::overlay(const Catalog &other)
{
    overlayRecords(cards, other.cards);
    overlayRecords(servers, other.servers);
    overlayRecords(fabrics, other.fabrics);
    overlayRecords(storage, other.storage);
    overlayRecords(sites, other.sites);
    overlayRecords(models, other.models);
}

const char *confidenceCode(Confidence c)
{
    switch (c) {
    case Confidence::High: return "H";
    case Confidence::Medium: return "M";
    case Confidence::Low: return "L";
    case Confidence::Unverified: break;
    }
    return "U";
}

std::optional<Confidence> confidenceFromCode(const std::string &code)
{
    if (code == "H") return Confidence::High;
    if (code == "M") return Confidence::Medium;
    if (code == "L") return Confidence::Low;
    if (code == "U") return Confidence::Unverified;
    return std::nullopt;
}

const char *marketCode(Market m)
{
    switch (m) {
    case Market::Available: return "available";
    case Market::ExportVariant: return "export-variant";
    case Market::Restricted: return "restricted";
    case Market::Domestic: break;
    }
    return "domestic";
}

std::optional<Market> marketFromCode(const std::string &code)
{
    for (Market m : {Market::Available, Market::ExportVariant, Market::Restricted,
                     Market::Domestic}) {
        if (code == marketCode(m))
            return m;
    }
    return std::nullopt;
}

const char *recordKindCode(RecordKind k)
{
    switch (k) {
    case RecordKind::Card: return "card";
    case RecordKind::Server: return "server";
    case RecordKind::Fabric: return "fabric";
    case RecordKind::Storage: return "storage";
    case RecordKind::Site: return "site";
    case RecordKind::Model: break;
    }
    return "model";
}

} // namespace ccp
