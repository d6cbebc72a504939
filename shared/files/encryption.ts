import { MIN_PBKDF2_ITERATIONS, type EncryptedPart } from './mapFileSchema';

/**
 * Passphrase encryption for shareable copies, with WebCrypto (the same in the app, the
 * browser edition and Node): PBKDF2-SHA256 turns the passphrase and a random salt into an
 * AES-256-GCM key; GCM's tag means a wrong passphrase or a changed byte fails loudly instead
 * of yielding garbage. Salt, IV and iteration count travel in the file; the passphrase never.
 */
export const PBKDF2_ITERATIONS = MIN_PBKDF2_ITERATIONS;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export class WrongPassphrase extends Error {
  override readonly name = 'WrongPassphrase';
}

/** The header is bound to the ciphertext, so a file cannot be relabelled without detection. */
export const ENCRYPTION_CONTEXT = 'good-help-map/2';

export async function encryptText(plain: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<EncryptedPart> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(ENCRYPTION_CONTEXT) },
    key,
    new TextEncoder().encode(plain),
  );
  return {
    cipher: 'AES-GCM',
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

export async function decryptText(part: EncryptedPart, passphrase: string): Promise<string> {
  const key = await deriveKey(passphrase, fromBase64(part.kdf.salt), part.kdf.iterations);
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(part.iv), additionalData: new TextEncoder().encode(ENCRYPTION_CONTEXT) },
      key,
      fromBase64(part.ciphertext),
    );
  } catch {
    throw new WrongPassphrase('That passphrase is not right (or the file has been changed since it was locked).');
  }
  return new TextDecoder().decode(plain);
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  // Chunks keep String.fromCharCode's argument list small for large maps.
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
