global using LaborRights.Common;
