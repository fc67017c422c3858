"use client";

import type { IScannerControls } from "@zxing/browser";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { resolvePaymentQrAction } from "./actions";

/**
 * Reads a receipt's QR in the browser (@zxing/browser: the camera's stream or a photo), then asks the server which of
 * the resident's accounts it is for and opens the pay screen with its amount.
 */
export function QrScanner() {
  const router = useRouter();
  const video = useRef<HTMLVideoElement>(null);
  const controls = useRef<IScannerControls | null>(null);
  const [scanning, setScanning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => () => controls.current?.stop(), []);

  async function found(text: string) {
    controls.current?.stop();
    setScanning(false);
    const result = await resolvePaymentQrAction({ text });
    if (result.ok) router.push(result.data.href);
    else setFailure(result.message);
  }

  async function startCamera() {
    setFailure(null);
    const { BrowserQRCodeReader } = await import("@zxing/browser");
    try {
      setScanning(true);
      controls.current = await new BrowserQRCodeReader().decodeFromVideoDevice(undefined, video.current!, (result) => {
        if (result) void found(result.getText());
      });
    } catch {
      setScanning(false);
      setFailure("Камера недоступна. Разрешите доступ к камере или выберите фото квитанции.");
    }
  }

  async function readPhoto(file: File) {
    setFailure(null);
    const { BrowserQRCodeReader } = await import("@zxing/browser");
    const url = URL.createObjectURL(file);
    try {
      await found((await new BrowserQRCodeReader().decodeFromImageUrl(url)).getText());
    } catch {
      setFailure("QR-код на фото не найден. Сфотографируйте его крупнее и ровнее.");
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  return (
    <div className="space-y-3">
      <video ref={video} className={scanning ? "aspect-square w-full rounded-md bg-black object-cover" : "hidden"} muted playsInline />
      {!scanning && (
        <Button type="button" className="min-h-11 w-full" onClick={() => void startCamera()}>
          Сканировать камерой
        </Button>
      )}
      <div className="space-y-1">
        <Label htmlFor="qr-photo">Или фото квитанции</Label>
        <Input id="qr-photo" type="file" accept="image/*" onChange={(e) => e.target.files?.[0] && void readPhoto(e.target.files[0])} />
      </div>
      {failure && (
        <p role="alert" className="text-sm text-destructive">
          {failure}
        </p>
      )}
    </div>
  );
}
