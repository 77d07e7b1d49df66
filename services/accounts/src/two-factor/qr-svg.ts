/** The otpauth URI as a QR code drawn on the server (SVG), with the library the VietQR images use. */
export async function qrCodeSvg(text: string): Promise<string> {
  // loaded on the first set-up, not at every start
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 240 });
}
