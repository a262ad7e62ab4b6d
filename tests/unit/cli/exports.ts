/**
 * Small synthetic exports in the formats the sites give their users, for the audit tests (real
 * ones cannot be downloaded here). Each follows the format's public description, named below.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

/** The files of an export, written as a folder or a zip. */
type Files = Record<string, string>;

export function writeFolder(root: string, files: Files): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export function writeZip(path: string, files: Files): string {
  writeFileSync(path, zipSync(Object.fromEntries(Object.entries(files).map(([p, c]) => [p, strToU8(c)]))));
  return path;
}

/**
 * X's "Download an archive of your data" (help.x.com, "How to download your X archive"; the
 * archive's own "Your archive.html" describes data/tweets.js and data/account.js): JavaScript
 * files assigning JSON arrays to window.YTD.<name>.part0, each tweet wrapped in {"tweet": ...},
 * dates as "Wed Oct 10 20:19:24 +0000 2018", &, < and > escaped as HTML entities.
 */
export const X_ARCHIVE: Files = {
  'Your archive.html': '<!doctype html><title>Your archive</title>',
  'data/account.js':
    'window.YTD.account.part0 = ' +
    JSON.stringify([
      {
        account: {
          email: 'richard@example.com',
          createdVia: 'web',
          username: 'RichardAtDell',
          accountId: '42',
          createdAt: '2015-01-01T00:00:00.000Z',
          accountDisplayName: 'Richard',
        },
      },
    ]),
  'data/tweets.js':
    'window.YTD.tweets.part0 = ' +
    JSON.stringify(
      [
        {
          id_str: '1001',
          created_at: 'Sun Jan 15 10:00:00 +0000 2023',
          full_text: 'Loving my new XPS 13! #IWorkForDell',
        },
        {
          id_str: '1002',
          created_at: 'Thu Mar 02 16:30:00 +0000 2023',
          full_text: '@someone Call me at (512) 555-0199 about your order',
          in_reply_to_status_id_str: '999',
          in_reply_to_screen_name: 'someone',
        },
        {
          id_str: '1003',
          created_at: 'Mon Jun 10 09:00:00 +0000 2024',
          full_text: 'Tom &amp; Jerry &lt;3 — weekend plans',
        },
        {
          id_str: '1004',
          created_at: 'Thu Aug 01 12:00:00 +0000 2024',
          full_text: 'Our Q3 earnings will beat the street',
        },
        {
          id_str: '1005',
          created_at: 'Fri Aug 02 12:00:00 +0000 2024',
          full_text: 'RT @Dell: Our Q3 earnings call is today',
        },
      ].map((tweet) => ({ tweet: { retweeted: false, favorite_count: '0', lang: 'en', ...tweet } })),
      null,
      2,
    ),
  'data/tweets_media/1001-photo.jpg': 'not really a photo',
};

/**
 * LinkedIn's "Get a copy of your data" (linkedin.com/help, "Download your account data"):
 * CSV files with a header row; Shares.csv has Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,
 * Visibility and Comments.csv Date,Link,Message, dates as "2023-05-17 14:03:12" (UTC); texts
 * with commas, quotes or line breaks are quoted, quotes doubled.
 */
export const LINKEDIN_EXPORT: Files = {
  'Shares.csv':
    'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n' +
    '2023-05-17 14:03:12,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7001,"Proud of the team!\nNew Latitude ""7450"" is out, I work for Dell.",,,MEMBER_NETWORK\n' +
    '2024-02-01 08:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7002,"Email me at jane.doe@example.com for the deck",,,MEMBER_NETWORK\n' +
    '2024-02-03 08:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7003,,https://www.dell.com/,,MEMBER_NETWORK\n',
  'Comments.csv':
    'Date,Link,Message\n' +
    '2024-03-04 10:11:12,https://www.linkedin.com/feed/update/urn:li:activity:7100,"You are an idiot, read the manual"\n',
  'Connections.csv': 'First Name,Last Name\nAmy,H\n',
};

/** Facebook's mis-encoding: each UTF-8 byte written as the code point of the same number, \u-escaped. */
function facebookJson(value: unknown): string {
  const latin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));
  const json = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? latin1(v) : v), 2);
  return json.replace(/[\u0080-\u00ff]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

/**
 * Facebook's "Download your information", JSON format (facebook.com/help, "Download a copy of
 * your information on Facebook"): your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json
 * is a list of {timestamp, data: [{post}], title}; comments_and_reactions/comments.json is
 * {"comments_v2": [{timestamp, data: [{comment: {timestamp, comment, author}}], title}]};
 * timestamps in seconds, strings mis-encoded (UTF-8 bytes as Latin-1 code points).
 */
export const FACEBOOK_DOWNLOAD: Files = {
  'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json': facebookJson([
    {
      timestamp: 1672531200,
      data: [{ post: 'Café ☕ with the team — I work for Dell' }],
      title: 'Richard updated his status.',
    },
    {
      timestamp: 1675209600,
      data: [{ update_timestamp: 1675209600 }],
      attachments: [],
      title: 'Richard shared a photo.',
    },
    {
      timestamp: 1706745600,
      data: [{ post: 'Write to jane.doe@example.com' }, { update_timestamp: 1706745600 }],
      title: '',
    },
  ]),
  'your_facebook_activity/comments_and_reactions/comments.json': facebookJson({
    comments_v2: [
      {
        timestamp: 1709547072,
        data: [{ comment: { timestamp: 1709547072, comment: 'Shut up, you idiot', author: 'Richard' } }],
        title: "Richard commented on Amy's post.",
      },
    ],
  }),
};
