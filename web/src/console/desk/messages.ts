import { registerMessages } from '../../i18n';
import { messagesEn } from './messages-en';
import { messagesPt } from './messages-pt';

registerMessages('desk', { 'pt-BR': messagesPt, en: messagesEn });
