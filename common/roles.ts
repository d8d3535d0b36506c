// Roles a person or an API key holds in a workspace, from most to least powerful.
import { z } from 'zod';

export const ROLES = ['owner', 'admin', 'analyst', 'agent', 'viewer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const LANGUAGES = ['zh-CN', 'zh-TW', 'en', 'es'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;
