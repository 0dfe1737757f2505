// The browser's own toolbar with Starboard's button, photographed: headless Chromium draws no toolbar, so this runs
// a headed Chromium on a virtual X display (Debian's Xvfb) and grabs the screen with xwd. Starboard is pinned to the
// toolbar through the profile's preferences, as the puzzle menu's pin does. Shots: the plain mark on a page, and the
// in-call mark on the Meet fixture once in the call. `npm run screenshots` runs it when Xvfb and xwd are installed
// (`apt-get install xvfb x11-apps`); written to the folder given.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import {
  CHROME_BUILD,
  freshProfileDir,
  launchWithExtension,
  ROOT,
  SAMPLE_MEET_URL,
  serveSampleMeetLobby,
} from './browser.mjs';

const DISPLAY = ':97';
const SIZE = { width: 1280, height: 800 };

/** Chrome's id of an unpacked extension: the SHA-256 of its path, the first 32 hex digits spelled a–p. */
function unpackedExtensionId(path) {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * An X window dump (XWD, ZPixmap, 24/32 bits per pixel, as Xvfb writes it) to PNG. Written by hand: no npm package
 * reads XWD, and the format is a 100-byte big-endian header, a colour map, then the pixels.
 */
async function xwdToPng(xwd, path, crop) {
  const field = (index) => xwd.readUInt32BE(index * 4);
  const [headerSize, width, height, byteOrder, bitsPerPixel, bytesPerLine, ncolors] = [
    field(0),
    field(4),
    field(5),
    field(7),
    field(11),
    field(12),
    field(19),
  ];
  if (bitsPerPixel !== 32) throw new Error(`xwd: ${bitsPerPixel} bits per pixel is not supported`);
  const data = xwd.subarray(headerSize + ncolors * 12);
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * bytesPerLine + x * 4;
      const pixel = byteOrder === 0 ? data.readUInt32LE(at) : data.readUInt32BE(at);
      const out = (y * width + x) * 3;
      rgb[out] = (pixel >> 16) & 0xff;
      rgb[out + 1] = (pixel >> 8) & 0xff;
      rgb[out + 2] = pixel & 0xff;
    }
  }
  await sharp(rgb, { raw: { width, height, channels: 3 } })
    .extract(crop)
    .png()
    .toFile(path);
}

export async function toolbarShots(outDir) {
  mkdirSync(outDir, { recursive: true });
  const xvfb = spawn('Xvfb', [DISPLAY, '-screen', '0', `${SIZE.width}x${SIZE.height}x24`, '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  const previousDisplay = process.env.DISPLAY;
  process.env.DISPLAY = DISPLAY;
  await new Promise((resolve) => setTimeout(resolve, 800));
  const userDataDir = freshProfileDir('starboard-toolbar-');
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  writeFileSync(
    join(userDataDir, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { pinned_extensions: [unpackedExtensionId(CHROME_BUILD)] } }),
  );
  const { context } = await launchWithExtension({ userDataDir, headless: false, args: ['--window-position=0,0'] });
  const shot = async (name) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    const xwd = execFileSync('xwd', ['-root', '-silent', '-display', DISPLAY], { maxBuffer: 64 * 1024 * 1024 });
    const path = join(outDir, name);
    // The tab strip and the toolbar.
    await xwdToPng(xwd, path, { left: 0, top: 0, width: SIZE.width, height: 90 });
    console.log(path);
  };
  try {
    // The dashboard opens itself on install: one tab only, so the shot shows the tab it is about.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const page = await context.newPage();
    for (const other of context.pages()) if (other !== page) await other.close();
    await page.bringToFront();
    await page.goto('about:blank');
    await shot('toolbar-not-in-call.png');

    await serveSampleMeetLobby(context);
    await page.goto(SAMPLE_MEET_URL);
    await page.getByRole('button', { name: 'Jetzt teilnehmen' }).click();
    for (let i = 0; i < 150 && !page.frames().some((f) => /\/panel\.html/.test(f.url())); i++) {
      await page.waitForTimeout(100);
    }
    await shot('toolbar-in-call.png');
  } finally {
    await context.close();
    xvfb.kill();
    if (previousDisplay === undefined) delete process.env.DISPLAY;
    else process.env.DISPLAY = previousDisplay;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await toolbarShots(process.argv[2] ?? join(ROOT, 'test-results', 'screenshots'));
}
