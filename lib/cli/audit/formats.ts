/**
 * The exports the sites give their users, read into posts. Each format names the files it reads
 * (paths inside the export) and turns them into posts with their dates and, where the export has
 * one, a link. The formats follow the sites' own descriptions of their downloads (see the test
 * fixtures in tests/unit/cli/exports.ts for each one's source).
 */
import type { Platform, Surface } from '../../engine/types.ts';
import { CliError, EXIT } from '../io.ts';
import { csvRecords } from './csv.ts';
import type { ExportFiles } from './export-files.ts';

export interface ExportedPost {
  platform: Platform;
  surface: Surface;
  /** ISO date-time of the post. */
  date: string;
  text: string;
  url?: string;
  /** The file in the export it came from. */
  file: string;
}

export interface ExportFormat {
  name: string;
  /** Whether a path inside an export is one of this format's files. */
  wants: (path: string) => boolean;
  /** Whether these files (already filtered by `wants`) make an export of this format. */
  found: (files: ExportFiles) => boolean;
  read: (files: ExportFiles) => ExportedPost[];
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bad = (file: string, format: string, why: string) =>
  new CliError(EXIT.badInput, `${file} is not a valid ${format} file: ${why}`);

function parseJson(
  file: string,
  format: string,
  source: string,
  reviver?: (k: string, v: unknown) => unknown,
) {
  try {
    return JSON.parse(source, reviver) as unknown;
  } catch (e) {
    throw bad(file, format, (e as Error).message);
  }
}

/** ISO string of a date the export wrote, or a one-line error naming the file. */
function isoDate(file: string, format: string, value: string | number): string {
  const ms = typeof value === 'number' ? value * 1000 : Date.parse(value);
  if (Number.isNaN(ms)) throw bad(file, format, `"${value}" is not a date`);
  return new Date(ms).toISOString();
}

// --- X: "Download an archive of your data" ----------------------------------------------------

const X = 'X archive';
/** data/tweets.js, data/tweets-part1.js…; archives before 2022 name them tweet.js. */
const TWEETS_FILE = /(^|\/)tweets?(-part\d+)?\.js$/;
const ACCOUNT_FILE = /(^|\/)account\.js$/;

/** A `window.YTD.<name>.part0 = [...]` file as its array. */
function ytdArray(file: string, source: string): unknown[] {
  const json = parseJson(file, X, source.slice(source.indexOf('=') + 1));
  if (!Array.isArray(json)) throw bad(file, X, 'expected window.YTD.… = [ … ]');
  return json;
}

/** Tweets keep &, < and > escaped as HTML entities. */
const unescapeTweet = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

interface Tweet {
  id_str?: string;
  full_text?: string;
  text?: string;
  created_at?: string;
  in_reply_to_status_id_str?: string;
}

export const X_ARCHIVE: ExportFormat = {
  name: X,
  wants: (p) => TWEETS_FILE.test(p) || ACCOUNT_FILE.test(p),
  found: (files) => [...files.keys()].some((p) => TWEETS_FILE.test(p)),
  read(files) {
    let username: string | undefined;
    for (const [file, bytes] of files) {
      if (!ACCOUNT_FILE.test(file)) continue;
      const [entry] = ytdArray(file, text(bytes)) as { account?: { username?: string } }[];
      username = entry?.account?.username;
    }
    const posts: ExportedPost[] = [];
    for (const [file, bytes] of files) {
      if (!TWEETS_FILE.test(file)) continue;
      for (const item of ytdArray(file, text(bytes)) as { tweet?: Tweet }[]) {
        // Since 2020 each item is {"tweet": {...}}; before, the tweet itself.
        const tweet = item.tweet ?? (item as Tweet);
        const body = tweet.full_text ?? tweet.text;
        if (typeof body !== 'string' || !tweet.created_at)
          throw bad(file, X, 'a tweet without full_text or created_at');
        if (body.startsWith('RT @')) continue; // a repost: someone else's words
        posts.push({
          platform: 'x',
          surface: tweet.in_reply_to_status_id_str ? 'reply' : 'post',
          date: isoDate(file, X, tweet.created_at),
          text: unescapeTweet(body),
          ...(tweet.id_str ? { url: `https://x.com/${username ?? 'i/web'}/status/${tweet.id_str}` } : {}),
          file,
        });
      }
    }
    return posts;
  },
};

// --- LinkedIn: "Get a copy of your data" ------------------------------------------------------

const LINKEDIN = 'LinkedIn export';
const SHARES_FILE = /(^|\/)Shares\.csv$/;
const COMMENTS_CSV = /(^|\/)Comments\.csv$/;

/** The records of a LinkedIn CSV, which must have the named columns. */
function linkedInRecords(file: string, bytes: Uint8Array, columns: string[]) {
  const { header, records } = csvRecords(text(bytes));
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) throw bad(file, LINKEDIN, `no ${missing.join(', ')} column`);
  return records;
}

export const LINKEDIN_EXPORT: ExportFormat = {
  name: LINKEDIN,
  wants: (p) => SHARES_FILE.test(p) || COMMENTS_CSV.test(p),
  found: (files) => files.size > 0,
  read(files) {
    const posts: ExportedPost[] = [];
    for (const [file, bytes] of files) {
      const shares = SHARES_FILE.test(file);
      const [textColumn, linkColumn] = shares ? ['ShareCommentary', 'ShareLink'] : ['Message', 'Link'];
      for (const r of linkedInRecords(file, bytes, ['Date', textColumn, linkColumn])) {
        const body = r[textColumn]!;
        if (body.trim() === '') continue; // a reshare without words of one's own
        posts.push({
          platform: 'linkedin',
          surface: shares ? 'post' : 'comment',
          // "2023-05-17 14:03:12", in UTC.
          date: isoDate(
            file,
            LINKEDIN,
            /^\d{4}-\d\d-\d\d \d/.test(r.Date!) ? r.Date!.replace(' ', 'T') + 'Z' : r.Date!,
          ),
          text: body,
          ...(r[linkColumn] ? { url: r[linkColumn] } : {}),
          file,
        });
      }
    }
    return posts;
  },
};

// --- Facebook: "Download your information", JSON format ---------------------------------------

const FACEBOOK = 'Facebook download';
const POSTS_FILE = /(^|\/)your_posts[^/]*\.json$/;
const COMMENTS_JSON = /(^|\/)comments(_\d+)?\.json$/;
const HTML_POSTS = /(^|\/)your_posts[^/]*\.html$/;

/**
 * Facebook writes each string's UTF-8 bytes as if they were Latin-1 characters ("cafÃ©" for
 * "café"). Undo it where a string is only such characters and they decode as UTF-8.
 */
export function fixFacebookText(s: string): string {
  if (!/[\u0080-\u00ff]/.test(s) || /[\u0100-\uffff]/.test(s)) return s;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(s, (c) => c.charCodeAt(0)));
  } catch {
    return s;
  }
}

interface FacebookEntry {
  timestamp?: number;
  data?: { post?: string; comment?: { comment?: string; timestamp?: number } }[];
}

function facebookJson(file: string, bytes: Uint8Array): unknown {
  return parseJson(file, FACEBOOK, text(bytes), (_k, v) => (typeof v === 'string' ? fixFacebookText(v) : v));
}

export const FACEBOOK_DOWNLOAD: ExportFormat = {
  name: FACEBOOK,
  wants: (p) => POSTS_FILE.test(p) || COMMENTS_JSON.test(p) || HTML_POSTS.test(p),
  found(files) {
    const paths = [...files.keys()];
    if (paths.some((p) => HTML_POSTS.test(p)) && !paths.some((p) => POSTS_FILE.test(p)))
      throw new CliError(
        EXIT.badInput,
        'this Facebook download is in HTML format: download your information again choosing the JSON format',
      );
    return paths.some((p) => POSTS_FILE.test(p) || COMMENTS_JSON.test(p));
  },
  read(files) {
    const posts: ExportedPost[] = [];
    for (const [file, bytes] of files) {
      if (HTML_POSTS.test(file)) continue;
      const json = facebookJson(file, bytes);
      const isPosts = POSTS_FILE.test(file);
      // your_posts_1.json is a list; comments.json is {"comments_v2": [...]} ("comments" before 2021).
      const entries = isPosts
        ? json
        : ((json as { comments_v2?: unknown; comments?: unknown } | null)?.comments_v2 ??
          (json as { comments?: unknown } | null)?.comments);
      if (!Array.isArray(entries))
        throw bad(file, FACEBOOK, isPosts ? 'expected a list of posts' : 'expected "comments_v2": [ … ]');
      for (const entry of entries as FacebookEntry[]) {
        for (const d of entry.data ?? []) {
          const body = isPosts ? d.post : d.comment?.comment;
          const when = (isPosts ? undefined : d.comment?.timestamp) ?? entry.timestamp;
          if (typeof body !== 'string' || body.trim() === '') continue;
          if (when === undefined) throw bad(file, FACEBOOK, 'an entry without a timestamp');
          posts.push({
            platform: 'facebook',
            surface: isPosts ? 'post' : 'comment',
            date: isoDate(file, FACEBOOK, when),
            text: body,
            file,
          });
        }
      }
    }
    return posts;
  },
};

export const EXPORT_FORMATS = [X_ARCHIVE, LINKEDIN_EXPORT, FACEBOOK_DOWNLOAD];
