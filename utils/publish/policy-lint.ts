/**
 * The policy lint (issue 4 §1): what marketplaces punish in a listing — naming or linking another
 * marketplace, phone/WhatsApp numbers (sellers move buyers off-platform that way), and links in the
 * description. Marketplaces demote or take down such listings, so the seller hears about it first.
 * Patterns are data, commented by what they catch.
 */
import type { PlatformId } from '../platforms/hosts';
import type { FieldKey } from '../fill/types';
import type { Bilingual } from '../bilingual';

export interface PolicyFinding {
  field: Extract<FieldKey, 'name' | 'description'>;
  code: 'other-marketplace' | 'contact-number' | 'whatsapp' | 'link';
  /** the text that matched, shown to the seller so they can find it */
  match: string;
  message: Bilingual;
}

/** Marketplace names a listing elsewhere must not carry; each owned by the platform where it is fine. */
const MARKETPLACE_NAMES: { pattern: RegExp; label: string; home?: PlatformId }[] = [
  { pattern: /\bshopee\b/i, label: 'Shopee', home: 'shopee' },
  { pattern: /\btoko?pedia\b|\btokped\b/i, label: 'Tokopedia', home: 'tiktok-tokopedia' },
  { pattern: /\btik\s?tok\b/i, label: 'TikTok', home: 'tiktok-tokopedia' },
  { pattern: /\blazada\b/i, label: 'Lazada', home: 'lazada' },
  { pattern: /\bblibli\b/i, label: 'Blibli', home: 'blibli' },
  { pattern: /\bbukalapak\b/i, label: 'Bukalapak' },
];

// Indonesian mobile numbers: 08…, +62 8…, 62 8…, with spaces, dots or dashes between groups.
const PHONE = /(?:\+62|\b62|\b0)[\s.-]?8\d{1,3}(?:[\s.-]?\d{2,4}){2,3}\b/;
// "WA", "WhatsApp", "wa.me/…" — the word, not "wa" inside another word.
const WHATSAPP = /\b(?:whats\s?app|watsap|wa\.me|wa)\b/i;
// http(s) links, www., and bare domains with the endings sellers use.
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(?:com|co\.id|id|net|org|shop|store|me|ly|link|page)\b(?:\/\S*)?/i;

function firstMatch(pattern: RegExp, text: string): string | undefined {
  return pattern.exec(text)?.[0];
}

/** Everything in a listing's name and description that a marketplace other than `platform` punishes. */
export function policyLint(name: string, description: string, platform: PlatformId): PolicyFinding[] {
  const findings: PolicyFinding[] = [];
  const fields = [
    ['name', name],
    ['description', description],
  ] as const;
  for (const [field, text] of fields) {
    const where = field === 'name' ? { id: 'nama', en: 'name' } : { id: 'deskripsi', en: 'description' };
    for (const m of MARKETPLACE_NAMES) {
      if (m.home === platform) continue;
      const match = firstMatch(m.pattern, text);
      if (match)
        findings.push({
          field,
          code: 'other-marketplace',
          match,
          message: {
            id: `Menyebut marketplace lain (${m.label}) di ${where.id}: bisa diturunkan atau dihapus`,
            en: `Mentions another marketplace (${m.label}) in the ${where.en}: may be demoted or removed`,
          },
        });
    }
    const phone = firstMatch(PHONE, text);
    if (phone)
      findings.push({
        field,
        code: 'contact-number',
        match: phone,
        message: {
          id: `Nomor telepon di ${where.id} (${phone}): dilarang oleh marketplace`,
          en: `Phone number in the ${where.en} (${phone}): marketplaces forbid it`,
        },
      });
    const wa = firstMatch(WHATSAPP, text);
    if (wa)
      findings.push({
        field,
        code: 'whatsapp',
        match: wa,
        message: {
          id: `Ajakan WhatsApp di ${where.id} ("${wa}"): dilarang oleh marketplace`,
          en: `WhatsApp contact in the ${where.en} ("${wa}"): marketplaces forbid it`,
        },
      });
    const link = firstMatch(LINK, text);
    if (link)
      findings.push({
        field,
        code: 'link',
        match: link,
        message: {
          id: `Tautan di ${where.id} (${link}): hapus sebelum menerbitkan`,
          en: `Link in the ${where.en} (${link}): remove it before publishing`,
        },
      });
  }
  return findings;
}
