import { crc32, createDeflateRaw } from "node:zlib";

type ZipEntry = { name: string; data: Buffer; size: number; crc: number; declaredSize?: number };

const u16 = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** Deflates `repeat` copies of `chunk` as a stream, so a huge entry never sits in memory uncompressed. */
async function deflated(parts: Buffer[], repeat: { chunk: Buffer; times: number } | null): Promise<{ data: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  let size = 0;
  let crc = 0;
  const write = async (b: Buffer) => {
    size += b.length;
    crc = crc32(b, crc);
    if (!deflate.write(b)) await new Promise((resolve) => deflate.once("drain", resolve));
  };
  const [head, ...tail] = parts;
  if (head) await write(head);
  for (let i = 0; i < (repeat?.times ?? 0); i++) await write(repeat!.chunk);
  for (const part of tail) await write(part);
  deflate.end();
  await done;
  return { data: Buffer.concat(out), size, crc };
}

/** A zip written by hand, so a test can give an entry any size it likes in the headers. */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.size;
    const common = [u16(20), u16(0), u16(8), u16(0), u16(0), u32(e.crc), u32(e.data.length), u32(size), u16(name.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, name, e.data]);
    central.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(dir.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, dir, end]);
}

const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A small .xlsx whose one sheet inflates to about `megabytes` MB (a comment of «A»s), with the sheet's size in its
 * header either told truthfully or as a lie of 1 KB — what a crafted import bomb looks like.
 */
export async function xlsxBomb(megabytes: number, { lie }: { lie: boolean }): Promise<Buffer> {
  const small = async (name: string, body: Buffer) => ({ name, ...(await deflated([body], null)) });
  const sheet = await deflated(
    [xml(`<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Адрес</t></is></c></row><!--`), Buffer.from("--></sheetData></worksheet>")],
    { chunk: Buffer.alloc(1024 * 1024, "A"), times: megabytes },
  );
  return zip([
    await small("[Content_Types].xml", xml(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)),
    await small("_rels/.rels", xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`)),
    await small("xl/workbook.xml", xml(`<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="Помещения и клиенты" sheetId="1" r:id="rId1"/></sheets></workbook>`)),
    await small("xl/_rels/workbook.xml.rels", xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)),
    { name: "xl/worksheets/sheet1.xml", ...sheet, declaredSize: lie ? 1024 : undefined },
  ]);
}
