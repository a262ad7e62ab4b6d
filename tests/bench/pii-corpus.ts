/**
 * A labelled corpus of social posts and replies for the PII benchmark. `pii` lists the exact
 * substrings that are personal data; everything else (dates, prices, model numbers, versions,
 * counts, support-article URLs, public support lines) is a look-alike that must stay untouched.
 */
export interface CorpusItem {
  text: string;
  pii: string[];
}

export const PII_CORPUS: CorpusItem[] = [
  // --- replies and posts with personal data ---
  {
    text: 'My XPS died again. Call me at (512) 555-0199, I have been waiting 3 weeks!',
    pii: ['(512) 555-0199'],
  },
  { text: '@DellCares my number is 512-555-0147, please call after 5pm', pii: ['512-555-0147'] },
  { text: 'you can reach me on 737.555.0112 any time', pii: ['737.555.0112'] },
  { text: 'Text me: +1 415 555 0132 — order still not here', pii: ['+1 415 555 0132'] },
  { text: 'UK customer here, ring me on +44 20 7946 0958 please', pii: ['+44 20 7946 0958'] },
  { text: 'Bonjour, mon numéro : +33 1 42 68 53 00. Mon PC ne démarre plus.', pii: ['+33 1 42 68 53 00'] },
  { text: 'Laptop kaputt. Bitte ruft mich an: +49 30 901820', pii: ['+49 30 901820'] },
  { text: 'call 2125550173 asap, the screen is flickering', pii: ['2125550173'] },
  { text: 'Mobile: 07700 900123 (UK) if you need me', pii: ['07700 900123'] },
  { text: 'email me at jane.doe@example.com and I will send photos', pii: ['jane.doe@example.com'] },
  {
    text: 'Sent the invoice to mike_r+orders@mail.example.org twice already!!',
    pii: ['mike_r+orders@mail.example.org'],
  },
  { text: 'Write to CARLOS.M@EXAMPLE.NET — nobody answers the phone', pii: ['CARLOS.M@EXAMPLE.NET'] },
  { text: 'They charged my card 4111 1111 1111 1111 twice for one laptop', pii: ['4111 1111 1111 1111'] },
  {
    text: 'card ending... actually here is the full one 5500-0000-0000-0004, refund it',
    pii: ['5500-0000-0000-0004'],
  },
  { text: 'Amex 378282246310005 was billed, please fix', pii: ['378282246310005'] },
  { text: 'They asked for my SSN 123-45-6789 on the phone, is that legit?', pii: ['123-45-6789'] },
  { text: 'Refund to IBAN DE89 3704 0044 0532 0130 00 please', pii: ['DE89 3704 0044 0532 0130 00'] },
  { text: 'Bank transfer: GB82WEST12345698765432 is my account', pii: ['GB82WEST12345698765432'] },
  { text: 'my home server 203.0.113.42 keeps dropping after the update', pii: ['203.0.113.42'] },
  { text: 'VPN shows 198.51.100.7 as my address, weird', pii: ['198.51.100.7'] },
  {
    text: 'IPv6 2001:db8::8a2e:370:7334 not reachable since the driver update',
    pii: ['2001:db8::8a2e:370:7334'],
  },
  {
    text: 'Please ship the replacement to 1234 Main Street, Austin, TX 78701',
    pii: ['1234 Main Street, Austin, TX 78701'],
  },
  { text: 'I live at 42 Oak Avenue and the courier never came', pii: ['42 Oak Avenue'] },
  { text: 'Deliver to 77 West Elm Road Apt 4B thanks', pii: ['77 West Elm Road Apt 4B'] },
  { text: 'My service tag is 7XK2M93, still broken after the repair', pii: ['7XK2M93'] },
  { text: 'service tag: 4HJ9QK2 — motherboard replaced twice', pii: ['4HJ9QK2'] },
  { text: 'order number 123456789 has not shipped, 2 weeks now', pii: ['123456789'] },
  { text: 'Order #1002003004 arrived damaged', pii: ['1002003004'] },
  { text: 'express service code 12345678901 if that helps', pii: ['12345678901'] },
  {
    text: 'Hi, I am at 9 Pine Court, phone 303-555-0186, email sam@example.com',
    pii: ['9 Pine Court', '303-555-0186', 'sam@example.com'],
  },
  {
    text: 'wife’s cell is (646) 555-0155 and mine is (646) 555-0156',
    pii: ['(646) 555-0155', '(646) 555-0156'],
  },
  { text: '😡 still no call back!! 📞 512 555 0163', pii: ['512 555 0163'] },
  {
    text: 'ticket closed without fix. my email: li.wei@example.cn 电话 +86 10 6552 9988',
    pii: ['li.wei@example.cn', '+86 10 6552 9988'],
  },
  { text: 'call me: 555-0198', pii: ['555-0198'] },
  // --- look-alikes: no personal data ---
  { text: 'Loving my new XPS 13! I work for Dell.', pii: [] },
  { text: 'The XPS 9340 is $1,299 today only, down from $1,499.', pii: [] },
  { text: 'Launch day 2024-03-05 🎉 and the keynote on 03/12/2024 at 10:30.', pii: [] },
  { text: 'BIOS v2.3.1 fixed the fan noise. Windows 11 23H2, build 22631.2861.', pii: [] },
  {
    text: 'How to update drivers: https://www.dell.com/support/kbdoc/en-us/000130970/how-to-update-drivers',
    pii: [],
  },
  { text: 'Article 000123456 explains the battery calibration, see KB 000201234.', pii: [] },
  { text: 'We shipped 1,250,000 units last quarter and planted 25,000 trees.', pii: [] },
  { text: 'Latitude 7450, Precision 5690, OptiPlex 7010 — which one for CAD?', pii: [] },
  { text: 'Monitor U2724D at 27 inches, 120 Hz, 2560 x 1440 resolution.', pii: [] },
  { text: 'Dell support line 1-800-624-9897 is open 24/7.', pii: [] },
  { text: 'Visit us at One Dell Way, Round Rock, or 1 Dell Way on the map.', pii: [] },
  { text: 'Our team grew from 12 to 48 people in 2023 and 2024. Proud!', pii: [] },
  { text: 'Room 4.12, floor 3, meeting 9:45–11:30. Bring the 3 prototypes.', pii: [] },
  { text: 'Firmware 1.2.3.4 and driver version 10.0.19041.1 are on the site.', pii: [] },
  { text: 'Sale ends 12/31. Save 20% on 2-in-1 laptops. Model 7440 from $899.99.', pii: [] },
  { text: 'Charging at 65 W, 0 to 80% in 60 minutes. Tested 1,000 cycles.', pii: [] },
  { text: 'Ranked #1 of 250 in 2024, score 98.6/100 🎯', pii: [] },
  { text: 'Part number 0X8T2N for the 90 Wh battery. SKU 210-BJQW.', pii: [] },
  { text: 'The event runs 2025-06-10 to 2025-06-12, tickets €149, 3 days.', pii: [] },
  { text: 'Join 3,400 attendees at booth 1042 in hall 4.', pii: [] },
  { text: 'Windows 10 end of support: October 14, 2025. Upgrade now.', pii: [] },
  { text: 'Score was 3-2 in extra time, 45,000 fans, what a match!', pii: [] },
  { text: 'PowerEdge R760 with 2x 32-core CPUs and 1,024 GB RAM. 😍', pii: [] },
  { text: 'ISBN 978-3-16-148410-0 is the book I mentioned.', pii: [] },
  {
    text: 'See https://www.dell.com/support/home/en-us/product-support/product/xps-13-9340/drivers',
    pii: [],
  },
  { text: 'Q: 1+1? A: 2. Pi is 3.14159265. e is 2.71828.', pii: [] },
  { text: 'Fan speed 4500 rpm at 85°C, 1.2 V, 3.5 GHz boost.', pii: [] },
  { text: 'I bought it on 5/4/2023 for 1299 dollars, 3 year warranty.', pii: [] },
  { text: 'Thread count: 128, cache 36 MB, TDP 45 W, year 2025.', pii: [] },
  { text: '#IWorkForDell the new UltraSharp 40 is 5120x2160 at 120Hz', pii: [] },
  { text: 'Update 2.10.0 released 2025-01-15 with 37 fixes.', pii: [] },
];
