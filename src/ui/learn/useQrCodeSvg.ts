import { useEffect, useState } from 'react';

/**
 * An SVG data URL of a QR code for `text`, or null until the QR library has loaded (it is only
 * needed for handouts, so it loads on first use).
 */
export function useQrCodeSvg(text: string): string | null {
  const [svg, setSvg] = useState<{ readonly text: string; readonly url: string } | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode').then(async (qrcode) => {
      const markup = await qrcode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      if (current) setSvg({ text, url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}` });
    });
    return () => {
      current = false;
    };
  }, [text]);
  return svg?.text === text ? svg.url : null;
}
