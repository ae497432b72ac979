import * as z from 'zod/mini';

// zod/mini (a third of full zod's size in the bundle) has no messages until a locale is loaded;
// English gives the same wording as full zod ("Too small: expected array to have >=1 items").
// The setting is global: every module that builds zod/mini schemas imports this one.
z.config(z.locales.en());
